"""Writers: an article or page record out, as bytes in one format."""
