"""restructure: damaged newspaper page text in, clean per-article records out."""

from .models import Article, Page, PageRecord
from .options import Options
from .pipeline import convert

__all__ = ["Article", "Options", "Page", "PageRecord", "convert"]
__version__ = "0.1.0"
