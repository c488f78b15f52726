"""Everything restructure knows about the words and marks of Chinese newspaper
pages, kept as data in one place so that the passes stay free of literals.

Patterns are matched against an OpenCC-simplified shadow of each line, so the
Simplified forms here also recognise Traditional pages (本報訊, 記者, 攝).
"""

from __future__ import annotations

import re

CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = f"[{CJK}]"

# ---------------------------------------------------------------- layout
# Marks that layout puts before a line; not content (the scorer drops them too).
BULLET_MARKS = "■□●○◆◇▲△▼▽▶►◀◼◻•★☆◎◉▪▫▸▹➤➢※◈"
CAPTION_MARKS = frozenset("▲△▼▽")  # of those, the ones pointing at a photo: its caption's marks
LEADING_BULLETS = re.compile(f"^[{BULLET_MARKS}]+\\s*")
MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+")
MARKDOWN_EMPHASIS = re.compile(r"\*\*|__")
# A line opening with a bold phrase that text follows runs a headline in (**济南新增5处口袋公园** 记者…):
# the bold is its mark, as a bullet is. A phrase with a mark in it (**注意：**) is no headline.
MARKDOWN_BOLD_RUN_IN = re.compile(r"^(\*\*|__)[^*_\s，。：；！？,:;!?]{4,}?\1\s+\S")
BOLD_RUN_IN_MARK = "**"
MARKDOWN_ITALIC = re.compile(r"\*(?=\S)(?P<text>[^*]*?\S)\*")  # *图为… 刘坤 摄*: the text stays
# An inline link keeps its text: [“一网通办”](https://…) → “一网通办”. (An address in angle
# brackets stays as printed: plain pages print <http://…> too.)
MARKDOWN_LINK = re.compile(r"(?<!!)\[(?P<text>[^\[\]]+)\]\([^()\s]*(?:\s+\"[^\"]*\")?\)")
# A table's rows (| 徐家汇 | 12 |): each a line of body text whole in itself, printed as it is, cells
# and bars; its rule (| --- | :---: |) is layout, kept as furniture.
MARKDOWN_TABLE_ROW = re.compile(r"^\|.*\|$")
TABLE_ROW_MARK = "|"
MARKDOWN_TABLE_RULE = re.compile(r"\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$")
# A quote's > and a list item's *, + or -, before a line's text: marks, like the bullets.
MARKDOWN_LINE_MARK = re.compile(r"^(?:>\s*)+|^[*+-]\s+")
# A thematic break (---, ***): no text, kept as furniture.
MARKDOWN_BREAK = re.compile(r"^(?:[-*_]\s*){3,}$")
# A list's point printed with its number: 1. 2、 (3) （四） ⑤ 六、 (1.5亿 is a number, not a point's).
LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.．、](?!\d)|[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|[①-⑳]"
                         r"|[一二三四五六七八九十]{1,3}、)")
LIST_NUMBER_START = frozenset("0123456789(（一二三四五六七八九十" + "".join(map(chr, range(ord("①"), ord("⑳") + 1))))
# Paragraphs run into one line where its breaks were lost: a sentence's end, then the
# two full-width spaces that indent the next paragraph (…投入使用。　　据介绍，…).
RUN_IN_PARAGRAPH = re.compile("(?<=[。！？!?”’」』])\u3000{2,}(?=\\S)")
RUN_IN_INDENT = 4  # columns of those two spaces
# Inline marks that may stand anywhere in a line (bold runs, bullets glued to names).
LAYOUT_CHARACTERS = frozenset(BULLET_MARKS + "#*>")

# ---------------------------------------------------------------- punctuation
SENTENCE_END = frozenset("。！？!?…")
# A mark closing a wire story or a serial: the sentence before it is complete.
END_MARK = re.compile(r"[(（](?:完|全文完|待续|未完待续)[)）]$")
# A note in brackets after a paragraph's last sentence (…。（记者 张三）): it ends no sentence of its own.
END_NOTE = re.compile(r"[(（][^()（）]+[)）]")
END_NOTE_MAX_CHARS = 42
CLOSING_MARKS = "”’」』）)》〉】〕\"'"  # a string, as str.rstrip takes them
CLAUSE_PUNCTUATION = frozenset("，,；;")
# A line ending in one of these stops mid-sentence: a clause's mark, or the enumeration comma of a
# list that goes on (谌家矶大道、), which a title may hold inside but never ends with.
MID_SENTENCE_ENDS = CLAUSE_PUNCTUATION | {"、"}
COLONS = frozenset("：:")
# Pairs whose opener left open at a line end means the sentence goes on.
BRACKET_PAIRS = {"《": "》", "“": "”", "「": "」", "『": "』", "（": "）", "(": ")", "【": "】", "〈": "〉"}
# Characters that do not begin a sentence: a line starting with one continues the last.
# A dash opens a subheadline (——访市发改委主任刘强), not a continuation.
SUBTITLE_DASH = re.compile(r"^(?:——|—|－－|--)")
CONTINUATION_START = frozenset("的了着过和与及或等之而并们地得吗呢吧、，,。；;：:！!？?）)》」』”’…—%％")
# Of those, the punctuation: no line of any kind starts with it unless cut from the line before.
CONTINUING_PUNCTUATION = frozenset("、，,。；;：:！!？?）)》」』”’…%％")
# The others continue a sentence when read as a word alone (和 商旅, 等 6个区) or in one of these
# linking words; a word that merely starts with one (和平, 地铁, 了解, 过去, 之后) may open a line.
LINKING_WORDS = frozenset({"而且", "而是", "而非", "而后", "并且", "并非", "或者", "或是", "及其", "与其",
                           "之一", "之间", "之中", "之下", "等等"})

# ---------------------------------------------------------------- roles
# A news organisation, named by what it is (…报, …社, …网, …台, …新闻, …周刊: 本报, 新华社,
# 南方日报, 中新网, 东方卫视台, 澎湃新闻, 21世纪经济报道), maybe two of one group joined by a
# dot, a slash or a hyphen (中青报·中青网, 扬子晚报/紫牛新闻, 成都商报-红星新闻); after a dot,
# the group's app may go by any name (齐鲁晚报·齐鲁壹点).
MEDIA_NAME = f"(?:[0-9]{{2,4}})?{HAN}{{1,8}}?(?:报道|报(?!网)|社|网|台|新闻|周刊)"  # 中国日报网 is one name
MEDIA_OUTLET = f"{MEDIA_NAME}(?:·{HAN}{{2,6}}|[/／\\-－]{MEDIA_NAME})?"
# What every media name holds (see tests/test_lexicon.py): a piece holding none of these, nor a
# byline word, is no role, and the role patterns, slow to fail, are spared it.
MEDIA_NAME_WORDS = ("报", "社", "网", "台", "新闻", "周刊")
# Byline role words: an organisation, a rank and a noun (本报 + 首席 + 记者), or
# a writing credit (文/图).
ROLE_ORGANISATIONS = (MEDIA_OUTLET, "央视", "央广")
ROLE_RANKS = ("特约", "见习", "实习", "首席", "驻站", "摄影", "全媒体", "融媒体")
ROLE_NOUNS = ("记者", "通讯员", "评论员", "作者", "撰稿人")
# Roles whose people may sign with an office's pen name, no surname in it (通讯员 穗交宣: Guangzhou's
# transport publicity office).
PEN_NAME_ROLES = ("通讯员",)
# A publicity office's pen name ends in 宣 (宣传): 穗铁宣, 前管宣. Glued to its role word
# (通讯员穗铁宣) it is still read as a name; any other glued name must open with a surname.
OFFICE_PEN_NAME = re.compile(rf"^{HAN}{{1,3}}宣$")
# Roles that sign for the paper: printed without a name (本报评论员), the role is the author.
SIGNING_ROLES = ("评论员",)
# Where a correspondent is posted may stand after the organisation: 新华社驻东京记者, 本报驻京记者.
POSTED_AT = f"驻{HAN}{{1,5}}?"
PERSON_ROLE = (f"(?:(?:{'|'.join(ROLE_ORGANISATIONS)})?(?:{POSTED_AT})?(?:{'|'.join(ROLE_RANKS)})?"
               f"(?:{'|'.join(ROLE_NOUNS)})|实习生)")
# Credits for the words or the pictures: 文/图, 文/摄, and a chart's, a drawing's (制图：X, 漫画：X).
# A picture's credit is printed under it, at the end of its article, never over a headline.
DRAWING_ROLES = ("制图", "绘图", "插图", "插画", "漫画")
PICTURE_ROLES = (*DRAWING_ROLES, "摄影", "图")
# A reporter of an organisation named some other way (第一财经记者, 齐鲁晚报·齐鲁壹点记者), or
# its artist (南都制图): read in a byline only, and there only before a name.
BRANDED_ROLE = (f"[{CJK}·]{{2,12}}?(?:{POSTED_AT})?(?:{'|'.join(ROLE_RANKS)})?"
                f"(?:记者|通讯员|实习生|{'|'.join(DRAWING_ROLES)})")
# …and for the reporting and the making of a feature: 参与采写：X, 策划：X 统筹：X, and for the words of
# a text that is another's (编译/X, a foreign paper's report; 整理：X, a talk written down).
REPORTING_ROLES = ("参与采写", "参与采访", "采写", "文字", "策划", "统筹", "编译", "翻译", "整理", "执笔", "主笔")
WRITING_ROLE = f"(?:撰稿|撰文|文\\s*[/／·]\\s*[图摄]|文图|图文|{'|'.join(PICTURE_ROLES + REPORTING_ROLES)}|文)"
# A news network's local station signs for its reporters as a role does: 共享联盟·嘉善站 王明.
NETWORK_STATION = f"{HAN}{{2,6}}·{HAN}{{1,4}}站"
BYLINE_ROLE = f"(?:{PERSON_ROLE}|{WRITING_ROLE}|{NETWORK_STATION})"
# Words after the names of a byline that say what the people did: (本报记者 王五 整理).
BYLINE_ACTIONS = frozenset({"整理", "报道", "报导", "采写", "撰写", "编译", "综述", "执笔", "参与采写", "参与采访"})
# The closing piece of a byline that says what its people did (a whole piece: fullmatch), maybe after
# where they filed from, as Taiwan's papers print it: 記者王小明／台北報導 (a place), or what kind of
# report it is: 記者李大華／綜合報導 (from several places), 即時報導, 專題報導 (no place).
REPORT_KINDS = ("综合", "即时", "专题", "特别", "独家", "连线", "深度", "系列", "追踪", "跟踪", "联合", "专访")
BYLINE_ACTION = re.compile(
    rf"(?:(?:{'|'.join(REPORT_KINDS)}|(?P<place>{HAN}{{2,6}}))(?=报导$|报道$))?(?:{'|'.join(sorted(BYLINE_ACTIONS))})"
)
# What every role or action word holds: a line with none is a byline only as bare names. Looked
# for before a line is read as a byline: searching for the role pattern itself costs far more.
BYLINE_WORD = re.compile("|".join([*ROLE_NOUNS, "实习生", "撰", "文", "图", "漫画", "插画", "摄影", *REPORTING_ROLES,
                                   *sorted(BYLINE_ACTIONS), f"·{HAN}{{1,4}}站"]))
# Brackets a byline may be printed in, at an article's end.
BYLINE_BRACKETS = re.compile(r"^[(（]\s*(?P<inner>.*?)\s*[)）]$")
# How a photo credit ends: 陈二 摄, (本报记者 陈二 摄影), 视觉中国供图.
PHOTO_ROLES = ("摄", "摄影", "供图")
PHOTO_ROLE = f"(?:{'|'.join(sorted(PHOTO_ROLES, key=len, reverse=True))})"  # longest first: 摄影 before 摄
# 图 alone credits a photo too, but only set apart by a space or a slash after people's names
# (…安装电梯。 李华 图, 本报记者 李华/图): glued to a word it ends one (效果图, 规划图).
BARE_PICTURE_ROLE = r"(?<=[\s/／])(?P<picture_role>图)"
BARE_PICTURE_ROLE_ENDINGS = (" 图", "/图", "／图", "\u3000图")
# A slash or a bar, maybe the ideograph 丨 that looks like one: it parts a role from its name (文丨张三)
# and labels a credit as the photo's (图丨视觉中国).
SLASHES_AND_BARS = "/／|｜丨"
LABEL_MARK = f"[{SLASHES_AND_BARS}:：]"  # …or a colon
# A credit may be labelled as the photo's (图／记者王小明摄, 图丨视觉中国); labelled, it may name who
# provided the photo, a person or an organisation (圖／台北市公運處提供): unlabelled, "… 提供" may be any phrase.
PHOTO_LABEL = rf"图\s*{LABEL_MARK}\s*"
PROVIDED = "提供"
# How a line that may be a photo credit ends.
PHOTO_CREDIT_ENDINGS = (*PHOTO_ROLES, PROVIDED, *BARE_PICTURE_ROLE_ENDINGS)

NAME = f"{HAN}{{2,4}}(?:·{HAN}{{1,6}})?"
NAME_TOKEN = re.compile(f"^{NAME}$")
# One name or role of a byline; 文/图 and 文/摄 are one role word despite the slash, with its
# colon (文/图：王五). Bullet marks separate people printed on one line: □ 本报记者 张三 □ 本报通讯员 李四,
# and slashes and bars a role from its name: 文丨张三 图丨李四.
SLASHES = ("/", "／")  # between two role words (扬子晚报/紫牛新闻记者), kept in the role
BYLINE_PIECE = re.compile(rf"文\s*[/／·]\s*[图摄][:：]?|[^\s、，,{SLASHES_AND_BARS}{BULLET_MARKS}]+")
# All a byline can be made of: Chinese, separators, a name's dot, a role's colon, its brackets,
# the digits some organisations are named with (21世纪经济报道记者) and the hyphen joining two (成都商报-红星新闻).
BYLINE_CHARACTERS = re.compile(rf"[{CJK}0-9\s、，,/／|｜·:：()（）\-－{BULLET_MARKS}]+")

# What kind of picture a photo is, said in brackets or after its caption (资料图片, 示意图).
PICTURE_KINDS = "资料图片?|资料照片|档案图片|档案照片|网络图片|示意图"
# A note in brackets after a photo's credit: the agency it came from (张三 摄（视觉中国）) or what
# kind of picture it is (王五 摄（资料图片）). Kept with the photographer's names in the caption's credit.
PHOTO_NOTE = rf"(?P<photo_note>[(（]\s*[{CJK}A-Za-z]{{2,12}}\s*[)）])"
# Who a photo came from, before the photographer's names: 本报记者, or the agency that sent it (新华社发).
PHOTO_SOURCE = f"(?:{PERSON_ROLE}|{MEDIA_OUTLET}发)"
# The credit itself, to the line's end: who took the photo (or, labelled, provided it) and the role word.
# A paper may credit its reporter unnamed: 大公報記者攝. An agency may name who took it in
# brackets: 新华社发（王翔摄）, or be named in brackets after them: 张三 摄（视觉中国）. Whoever
# provided a photo may be an organisation with a long name: 区融媒体中心供图, CFP供图.
PHOTO_CREDITED = (
    rf"(?:{PHOTO_SOURCE}\s*[(（]?\s*)?(?P<names>{NAME}(?:[\s、，,]+{NAME})*|(?(label){HAN}{{2,12}}|(?!))"
    rf"|{PERSON_ROLE}(?=\s*{PHOTO_ROLE})|(?:[A-Z]{{2,6}}|{HAN}{{2,12}})(?=\s*供图))"
    rf"\s*[/／]?\s*(?:{PHOTO_ROLE}|{BARE_PICTURE_ROLE}|(?(label){PROVIDED}|(?!)))\s*[)）]?(?:\s*{PHOTO_NOTE})?$"
)
# "X 摄" photo credits, alone on a line or closing a caption line (after a space or in brackets).
PHOTO_CREDIT = re.compile(rf"^[(（]?\s*(?P<label>{PHOTO_LABEL})?{PHOTO_CREDITED}")
# Caption text, then its credit after a space, in brackets, after the label or right after the
# caption's last sentence: 图为… 陈二 摄, …。圖／X提供, …巡检。新京报记者 浦峰 摄.
CAPTION_WITH_CREDIT = re.compile(
    rf"^(?P<caption>.*?[^\s])(?:\s+[(（]?|\s*[(（]|\s*(?P<label>{PHOTO_LABEL})|(?<=[。！？!?])){PHOTO_CREDITED}"
)

# …or after its last sentence, labelled as the photo's, a source with no role word: 图/视觉中国,
# 图／本报记者 张三. So labelled, a source may stand alone on its line too (圖／美聯社).
# After a caption's sentence the label may take a colon too (…。图：视觉中国); alone on a line, 图：
# may open a caption. There the photographer's role may label the credit too (…。 摄影：张三); alone on
# a line, 摄影：张三 signs a photo story, a byline.
PHOTO_LABELS = tuple(f"图{mark}" for mark in SLASHES_AND_BARS + ":：")
CAPTION_CREDIT_LABEL = rf"(?:图|摄影|摄)\s*{LABEL_MARK}\s*"
PHOTO_LABEL_INSIDE = re.compile(f"图{LABEL_MARK}")  # one scan of a line, not one per label
PHOTOGRAPHER_LABEL_INSIDE = re.compile(f"摄影?{LABEL_MARK}")
SOURCE_NAMES = rf"(?P<names>(?:{PERSON_ROLE})?\s*{HAN}{{2,12}})\s*$"
PHOTO_SOURCE_LINE = re.compile(rf"^图\s*[{SLASHES_AND_BARS}]\s*{SOURCE_NAMES}")
# With a colon, alone on a line, the label may open a caption (图：市民在公园散步), or sign as a
# byline does (图：张三): only a photo agency, a news agency, the people interviewed or a district's
# media centre, named after it, credit the photo there (图：视觉中国, 图：区融媒体中心).
PHOTO_AGENCIES = ("视觉中国", "东方IC", "图虫创意", "人民视觉", "IC photo", "CFP", "新华社", "中新社", "受访者",
                  "受访单位", f"{HAN}{{0,6}}融媒体中心")
PHOTO_AGENCY_LINE = re.compile(rf"^图\s*[:：]\s*(?P<names>{'|'.join(PHOTO_AGENCIES)})\s*$")
CAPTION_WITH_SOURCE = re.compile(
    rf"^(?P<caption>.*?[。！？!?）)])\s*{CAPTION_CREDIT_LABEL}{SOURCE_NAMES}"
)

# A caption says what the photo shows, with or without a credit after it: 图为…, 图①：…, 上图：…,
# 图：…, 图片说明：… (图：张三 alone is read as a byline first, 图：视觉中国 as a credit).
PHOTO_NUMBER = "[①-⑳0-9０-９一二三四五六七八九十]"
CAPTION_LABEL = re.compile(
    rf"^(?:[上下左右]?(?:图为|图\s*[:：]|图\s*{PHOTO_NUMBER}+\s*[:：]?)|(?:图片说明|图说)[:：])"
)
# …or ends saying what kind of picture it is, in brackets (maybe labelled as the photo's) or after
# the caption's sentence or a space: 乘客在站内候车。（资料图片）, （图：资料图片）, 新建学校效果图。 资料图.
PICTURE_NOTE = re.compile(rf"(?:[(（](?:{PHOTO_LABEL})?(?:{PICTURE_KINDS})[)）]|(?<=[\s。])(?:{PICTURE_KINDS}))$")
PICTURE_NOTE_ENDINGS = (")", "）", "图", "图片", "照片")  # how a line that may end so ends

# Source notes printed at an article's end: (综合自:话匣子 汤丽薇), and a reprint's title as first
# printed (原标题：…).
# A note closing a caption's sentence with one of these labels names where the photo came from:
# 市民拍照留念。（图片来源：视觉中国） is a caption credited to 视觉中国.
PHOTO_SOURCE_LABELS = ("图片来源", "图源")
# …as does one saying who provided the picture (市民拍照留念。（图片由区文旅局提供）); 本版图片均由… credits a page's.
PICTURE_PROVIDED = re.compile(r"(?:图片|照片)由(?P<source>.+)提供$")
# The last labels say who the author is: (作者系北京大学教授).
CREDIT_LABELS = ("综合自", "综合", "来源", "摘自", "转自", "转载自", "编译自", "据", "本文来源", "稿件来源",
                 "素材来源", "资料来源", "数据来源", "信息来源", *PHOTO_SOURCE_LABELS, "供稿", "通讯员供稿", "来稿",
                 "本文转自", "原标题", "作者单位", "作者系", "作者为")
# In brackets, or unbracketed with its label's colon on a short line: 图片来源：视觉中国;
# or in brackets, who provided something or supplied the text: (本版图片均由受访者提供), (区市场监管局供稿);
# who provided the pictures, also unbracketed: 图片由区文旅局提供.
CREDIT_NOTE = re.compile(
    rf"^(?P<open>[(（【\[])?\s*(?P<note>(?:{'|'.join(CREDIT_LABELS)})"
    rf"(?(open)[\s:：]?.*?|[:：]\s*[^\s:：。，,].{{0,30}})"
    r"|(?:本版)?(?:图片|照片)均?由[^()（）。，,]{1,24}提供"
    r"|(?(open)[^()（）。，,]{0,20}?由[^()（）。，,]{1,24}提供|(?!))|(?(open)[^()（）。，,]{2,24}?供稿|(?!)))\s*(?(open)[)）】\]])$"
)
# What a credit note may open with, after any white space: a bracket, a label, 本版 or 图片 (照片).
# Most lines open otherwise: a set lookup spares them the pattern's many branches.
CREDIT_NOTE_OPENINGS = frozenset("(（【[本图照" + "".join(label[0] for label in CREDIT_LABELS))

# A reporter note after a dateline: 新华社北京5月31日电(记者 张三 李四), or unbracketed with
# what they did (本报讯 记者王五报道：, 新快报讯 记者王明报道 近日，…) or set apart by spaces
# (本报讯 记者 刘坤 近日，…).
# A slash may part a role from its name: (记者/黄叙浩 通讯员/粤交宣).
ROLE_BEFORE_NAME = rf"(?:{PERSON_ROLE})\s*[/／]?\s*"
REPORTER_NOTE = re.compile(
    rf"^\s*(?P<open>[(（])?(?P<byline>{ROLE_BEFORE_NAME}{NAME}(?<!报道)(?:(?:[\s、，,]+(?:{ROLE_BEFORE_NAME})?"
    rf"|{ROLE_BEFORE_NAME}){NAME}(?<!报道))*)"
    rf"(?(open)\s*[)）]|(?:\s*(?P<action>报道)(?:[:：]|\s+(?=\S))|(?P<spaced>\s+)(?=\S)))"
)
# One person of a byline printed without spaces, each name glued between role words:
# 记者朱敏通讯员王一 (or spaced by OCR and closed up: 记者 朱 敏). The shortest name that a role follows.
GLUED_PERSON = re.compile(rf"(?P<role>{PERSON_ROLE})[:：]?(?P<name>{HAN}{{2,4}}?)(?={PERSON_ROLE}|$)")

# ---------------------------------------------------------------- datelines
DATE_DIGIT = "0-9０-９〇零一二三四五六七八九十两"
# The part of the day, and the hour a date may name after it: 7月23日下午, 11月15日零时, 3日上午9时30分许.
TIME_OF_DAY = (r"(?:\s*(?:上午|下午|中午|晚上|晚间|傍晚|早上|清晨|凌晨|夜间|晚|早))?"
               rf"(?:\s*[{DATE_DIGIT}]{{1,3}}\s*[时点](?:\s*(?:[{DATE_DIGIT}]{{1,3}}\s*分|半))?许?)?")
CALENDAR_DATE = (rf"(?:[{DATE_DIGIT}]{{2,4}}\s*年\s*)?[{DATE_DIGIT}]{{1,3}}\s*月\s*[{DATE_DIGIT}]{{1,3}}\s*[日号]"
                 + TIME_OF_DAY)
# A day of the issue's month, as dispatches date themselves: 本报讯 1日上午，…, 新华社北京3日电.
DAY_DATE = rf"[{DATE_DIGIT}]{{1,3}}\s*日{TIME_OF_DAY}"
# A day named from the issue's may name the part of it too: 昨天下午.
RELATIVE_DAY = f"(?:昨天|昨日|今天|今日|前天|当天|当日){TIME_OF_DAY}|昨晚|今晨|今晚"
DATE_PHRASE = f"(?:{CALENDAR_DATE}|{DAY_DATE}|{RELATIVE_DAY}|日前|近日|近期|日内|本周|上周|近来)"
AGENCIES = ("本报", "新华社", "中新社", "中新网", "人民网", "央视网", "新华网", "中国新闻社", "据新华社")
PLACE = f"{HAN}{{2,8}}?"
# 本报上海5月31日电 / 新华社北京电 / 本报北京3月5日讯 — agency, optional place, optional date, then 电
# (专电: a special dispatch), 讯 or, for a broadcaster's site, 消息. Any other organisation files so
# with a calendar date, maybe from its app: 潇湘晨报11月21日讯, 中国日报网北京11月21日电,
# 中国青年报客户端北京11月20日电, 央广网北京11月20日消息.
FILED_DATELINE = re.compile(
    rf"^(?P<source>(?P<agency>{'|'.join(AGENCIES)})|{MEDIA_OUTLET}(?:客户端)?)(?P<place>{PLACE})?"
    rf"\s*(?P<date>(?(agency)(?:{DATE_PHRASE})?|{CALENDAR_DATE}))\s*(?:专?电|讯|(?<=[0-9日])消息)"
)
# The formula of a dispatch in round brackets, alone on its line at an article's end: where a reprint
# came from (（新华社北京3月17日电）) or where the article was filed (（本报南京3月17日电）). A source
# note: nothing follows it for it to open.
DISPATCH_NOTE = re.compile(
    rf"^[(（]\s*(?P<note>据?(?:{'|'.join(AGENCIES)}|{MEDIA_OUTLET})(?:{PLACE})?\s*(?:{DATE_PHRASE})?\s*专?电)\s*[)）]$"
)
DISPATCH_NOTE_ENDINGS = ("电)", "电）")
# A date phrase opening what follows a formula, set apart from the sentence it dates.
OPENING_DATE = rf"\s*(?P<date>{DATE_PHRASE})(?=[\s，,：:、]|$)"
# 本报讯 7月23日, / 新京报讯（记者 X）, / 【本报讯】, 【明報專訊】, （本报讯） — a formula, then maybe a date phrase.
# Any organisation's 讯 or 专讯, or its 报道 set apart from the text (星島日報報道 …); 电 only
# from those that print it; …网消息 set apart from the sentence it opens (央视网消息：), as a
# sentence may begin 电视台消息称. A paper known by a short name (南都讯, 北青讯) files so too,
# told from a word (喜讯传来) by the reporter it names next or the date phrase set apart after it;
# 又讯 (本报又讯) is no name: it files one more item under the article above, as 又讯 alone does.
FORMULA_DATELINE = re.compile(
    rf"^(?P<bracket>[【〔［\[(（])?(?P<source>{MEDIA_OUTLET}(?:专|综合)?讯|{MEDIA_OUTLET}报道(?=\s)|本报(?:综合)?消息|本报电|新华社电|中新网电|中新社电|据新华社电"
    rf"|{HAN}{{1,4}}?网消息(?=[^{CJK}]|$)"
    rf"|{HAN}{{2,4}}?(?<!又)讯(?=\s*[(（]?\s*{PERSON_ROLE}|\s*(?:{DATE_PHRASE})[\s，,：:、]))(?(bracket)[】〕］\])）])"
    # a (记者 X) note may stand between the formula and the date: 本报讯（记者 X）3月2日，
    rf"(?P<note>\s*[(（][^()（）]{{1,40}}[)）])?"
    rf"(?:{OPENING_DATE})?"
)
# The date phrase after a reporter note set apart by spaces: 南都讯 记者 X 11月19日，…
LEADING_DATE = re.compile(OPENING_DATE)
# A lead may name its reporters in place of a formula (本报记者 陈静 近日，…): looked for only
# when a person's role word stands this near the line's start.
LEAD_ROLE_WORD = re.compile("|".join((*ROLE_NOUNS, "实习生")))
LEAD_ROLE_WITHIN = 16
# A formula in brackets at a paragraph's head, as Taiwan's papers print it, the reporter inside:
# 〔記者王小明／台北報導〕, （中央社記者李大華台北1日電）; without one, 〔台北報導〕, 【环球时报综合报道】
# (综合: gathered from many places, named or not: （新加坡综合讯）). A paper's reporters alone are its formula too:
# 【环球时报记者 刘洋】.
DATELINE_BRACKETS = frozenset("〔［[【(（")
BRACKETED_FILED = "专?电|专?讯|报导|报道"  # （新加坡综合讯）, as Singapore's and Malaysia's papers print it
BRACKETED_DATELINE = re.compile(
    rf"^[〔［\[【(（]\s*(?P<source>{MEDIA_OUTLET})?"
    rf"(?:(?P<reporter>(?:{PERSON_ROLE})\s*{NAME}(?:[、，,\s]+(?:(?:{PERSON_ROLE})\s*)?{NAME})*)\s*[／/]?\s*)?"
    rf"(?:(?P<place>{PLACE})(?<!综合))?\s*(?:综合)?\s*(?P<date>{DATE_PHRASE})?\s*"
    rf"(?(reporter)(?:{BRACKETED_FILED})?|(?:{BRACKETED_FILED}))\s*[〕］\]】)）]"
    r"(?=\s*\S)"  # the paragraph goes on after it
)
# What every dateline formula above holds (讯, 电, 消息 of the formulas; 报导, 报道 of the
# bracketed): a line with none opens no article, and skips the three patterns, unless it
# opens with a bracket (a paper's reporters).
DATELINE_WORDS = ("讯", "电", "消息", "报导", "报道")
# What each of them holds, looked for first (报 of 报导 and 报道: one scan of the line for both).
DATELINE_WORD_MARKS = ("讯", "电", "报", "消息")
DATE_PARTS = re.compile(rf"(?:(?:(?P<year>[{DATE_DIGIT}]{{2,4}})\s*年\s*)?(?P<month>[{DATE_DIGIT}]{{1,3}})\s*月\s*)?"
                        rf"(?P<day>[{DATE_DIGIT}]{{1,3}})\s*[日号]")

# ---------------------------------------------------------------- furniture
# A jump line, where an article goes on from or to another page: （上接第1版）, (下转A3版).
# Printed glued to the text it interrupts, it is read as a block of its own.
JUMP = r"(?:[(（](?:上接|下转|接|转)第?\s*[A-Za-z]?\d{1,3}\s*版[)）]|(?:上接|下转)第?\s*[A-Za-z]?\d{1,3}\s*版)"
# A jump line saying where the text under it came from: that text is the rest of an article
# headed on another page, never one whose title block is printed after it.
CONTINUED_FROM = re.compile(r"^[(（]?(?:上接|接)第?\s*[A-Za-z]?\d")
# …and one saying where the text above it goes on: (下转第2版).
CONTINUED_ON = re.compile(r"^[(（]?(?:下转|转)第?\s*[A-Za-z]?\d")
# The desk's credits, who edited and proofread the page (编辑 刘七 校对 陈八): page furniture, on a
# line of their own or printed after an article's byline on its line (新京报记者 赵六 编辑 刘七 校对 陈八).
DESK_ROLES = ("责任编辑", "值班编辑", "责编", "编辑", "美编", "校对", "审校", "审读", "审核", "终审", "监制")
# The desk's credits name the editor (编辑, 责编, 美编): a page, then a line, without this character
# is not searched for them (a substring test costs a thirtieth of a search for the role words),
# nor a line longer than a byline with the desk's credits after it: a paragraph.
DESK_CREDIT_MARK = "编"
DESK_LINE_MAX_CHARS = 64
_DESK_CREDIT = rf"(?:{'|'.join(DESK_ROLES)})\s*[:：/／]?\s*{HAN}{{2,4}}(?:[ 、]{HAN}{{2,4}})*"
DESK_CREDITS_AFTER = re.compile(rf"(?<=\S)\s+(?P<credits>{_DESK_CREDIT}(?:\s+{_DESK_CREDIT})*)$")
# Page furniture is a line of one of these forms, or a line with one of the marks below in it.
# Kept apart: a search for a pattern with anchored branches tries every branch at every character.
FURNITURE_LINE = re.compile(
    rf"{JUMP}$|"
    rf"[(（]?(?:{'|'.join(DESK_ROLES)})[\s:：/／]|"  # (编辑：X), 编辑/X, in brackets or not
    r"(?:今日|本期|本版)?导读$|"  # the label over a page's teasers
    r"(?:主管|出版|印刷|承印|法律顾问|总编室|值班总编|值班编委|总值班)[\s:：]|"  # the imprint
    r"[-—－]\s*\d{1,3}\s*[-—－]$|"  # a page's number between dashes, printed at its foot: - 3 -
    rf"《\s*{HAN}{{1,10}}\s*》\s*[(（][^()（）]*版\s*[)）]$|"  # where the page was printed: 《人民日报》（…04版）
    r"!\[[^\]]*\]\([^)]*\)$|"  # a Markdown image: the picture's place, not text
    + MARKDOWN_BREAK.pattern + "|"  # a Markdown thematic break
    + MARKDOWN_TABLE_RULE.pattern
)
# What a furniture line opens with, white space aside (a Markdown table's rule may open with it):
# the pattern, slow to fail, is tried only on a line opening with one of these.
FURNITURE_LINE_OPENINGS = frozenset("(（上下今本导主出印承法总值-—－《!*_|:" + "".join(role[0] for role in DESK_ROLES))
FURNITURE_MARK = re.compile(
    r"https?://|www\.|\.com\b|\.cn\b|准印证|第\s*\d+\s*期|总第\s*\d+\s*[期号]|星期[一二三四五六日天]|"
    r"统一连续出版物号|CN\s*\d{2}-\d{4}|邮发代号|责任编辑|责编[:：\s]|本版编辑|版面编辑|美术编辑|版式设计|校对[:：]|"
    r"值班编辑|图片编辑|视觉编辑|美编[:：\s]|社长[:：]|总编辑[:：]|本报地址|版权所有|零售价|"
    # Each branch opens with a character, not a group: then the search skips straight to
    # those characters, where a group would have every branch tried at every character.
    r"广告热线|订阅热线|新闻热线|发行热线|读者热线|报料热线|"
    r"第\s*[A-Za-z]?[0-9一二三四五六七八九十]+\s*版|今日\s*\d+\s*版|扫码|扫一扫|二维码|数字报|电子版|"
    r"本版(?:摄影|制图|图片)[:：/／]|"  # a page's picture credit
    r"详见\s*[A-Za-z]?\d{1,3}\s*版|社址[:：]|邮编[:：]|邮政编码|广告(?:经营)?许可证"  # a teaser's page; the imprint
)
# A jump line glued to the start of a line (matched there) or to its end (searched for: sre skips
# to the characters a jump line opens with). One pattern for both ends, the text lazy between them,
# tried the end at every character of the line: 33 µs on a paragraph, against 7.
LEADING_JUMP = re.compile(JUMP)
TRAILING_JUMP = re.compile(rf"{JUMP}$")
# How QR-code and channel labels end: 徐汇通 APP, 上海徐汇微信, 上海徐汇抖音 ...
CHANNEL_LABELS = ("APP", "App", "app", "客户端", "微信", "微博", "抖音", "快手", "公众号", "视频号", "小程序", "头条号",
                  "B站")
# …报, or a name with another ending: 参考消息, 南方周末, 新民周刊.
PAPER_NAME = f"(?:{HAN}{{1,8}}(?:日报|晚报|晨报|时报|周报|商报|快报|报)|{HAN}{{2,6}}(?:消息|周末|周刊))"
MASTHEAD = re.compile(rf"^《?(?P<name>{PAPER_NAME})》?$")
# The paper's name in Latin letters under its masthead: BEIJING DAILY, Xuhui News.
LATIN_MASTHEAD = re.compile(r"^[A-Z][A-Za-z.&'-]*(?: [A-Z][A-Za-z.&'-]*){0,5}$")
# A page-top line may open with the name, its page label or date after it: 聯合報 A6版 生活, 明報A8港聞.
MASTHEAD_OPENING = re.compile(rf"^《?(?!本报)(?P<name>{PAPER_NAME})》?(?=\s|[A-Z]{{1,2}}\d|\d{{4}}年)")
PUBLICATION_NAME = re.compile(rf"《(?P<name>{HAN}{{1,10}}报)》")
ISSUE = re.compile(r"(?<!总)第\s*(?P<issue>\d+)\s*期")
ISSUE_TOTAL = re.compile(r"总第\s*(?P<total>\d+)\s*[期号]")
# A page-top label of page and section, white space removed: A05广东新闻, B2·要闻.
PAGE_LABEL_TEXT = rf"[A-Z]{{1,2}}\d{{1,2}}版?[·|｜丨]?{HAN}{{2,6}}"
PAGE_LABEL = re.compile(rf"^{PAGE_LABEL_TEXT}$")
# A page's section name alone at the page top (above any article, as a rule under the masthead):
# 南京新闻, 要闻, 广州·要闻, 广州新闻·城事, or a desk's name (国际, 财经); with its page number it is a
# PAGE_LABEL. A briefs column or a photo item so named (一周要闻, 图片新闻) is not. Names a
# column may bear over its first headline (评论, 观点, 关注) are left out.
PAGE_DESKS = ("国际", "国内", "综合", "社会", "财经", "经济", "体育", "文体", "文化", "娱乐", "时事", "副刊",
              "专版", "地方", "城事", "民生", "法治", "教育", "健康", "科技", "军事", "港澳台", "两岸", "港闻")
PAGE_SECTION = re.compile(
    rf"^(?:(?:{HAN}{{1,4}}[·|｜丨]?)?(?:新闻|要闻)(?:[·|｜丨]{HAN}{{2,4}})?|{'|'.join(PAGE_DESKS)})$"
)
# A page number alone at the page top: A2, 02, 2版 (第2版 is furniture anywhere).
PAGE_NUMBER = re.compile(r"^[A-Z]{0,2}\d{1,2}版?$")
# Other page-top lines of the masthead's box: who publishes and sells the paper (主办：…, 定价：1.50元,
# 每份1.5元), the lunar date (农历十月初三), the weather, the pages of the issue (A1-A16), the front
# page's name, the paper's accounts (微信号：…). White space removed. Below the first article 主办：…
# may be an event's organiser, so these are furniture at the page top only.
PAGE_TOP_LINE = re.compile(
    rf"^(?:(?:主办|发行|定价|每份|天气|微信号)[:：\d]|(?:今日|明日)天气|天气预报|农历{HAN}{{2,10}}$|头版$"
    r"|[A-Z]?\d{1,2}[-—–~～][A-Z]?\d{1,2}版?$"
    r"|.*\d℃?[~～至/\-]-?\d{1,2}℃)"  # the weather's temperatures: 多云26℃~33℃
)
# A page-top line giving the issue date, maybe then the page's label or number: 2024年1月3日 星期三,
# 2026年11月21日 A7 广州, 2024年11月22日 A3, 2026-11-22.
ISSUE_DATE_TEXT = r"(?P<year>\d{4})\s*[年.\-/]\s*(?P<month>\d{1,2})\s*[月.\-/]\s*(?P<day>\d{1,2})\s*日?"
PAGE_DATE_LINE = re.compile(rf"^{ISSUE_DATE_TEXT}(?:星期[一二三四五六日天]|周[一二三四五六日天])?"
                            rf"(?:{PAGE_LABEL_TEXT}|[A-Z]{{1,2}}\d{{1,2}}版?|第\d{{1,3}}版)?$")
ISSUE_DATE = re.compile(ISSUE_DATE_TEXT)

# The name of a column printed over the headline of its first item: a kicker (引题), never the
# headline itself, and never a headline's subheadline. Matched whole, brackets and marks aside.
# Columns of briefs: each item under the column's name is an article of its own.
BRIEFS_COLUMN_LABELS = frozenset(
    "简讯 快讯 短讯 短波 要闻简报 资讯 新闻速递 新闻速览 信息速递 一周要闻 一周新闻 街镇动态 社区动态 工作动态".split()
)
# A photo item's (a photo and its caption, an item of its own), also at the page's top.
PHOTO_ITEM_LABELS = frozenset({"图片新闻", "新闻图片"})
COLUMN_LABELS = BRIEFS_COLUMN_LABELS | PHOTO_ITEM_LABELS | frozenset(
    "要闻 新闻链接 相关链接 链接 相关 相关新闻 相关阅读 延伸阅读 新闻背景 背景链接 "
    "记者手记 编后 短评 时评 评论 新闻观察".split()
)
# A column's name framed in lenticular brackets over its headline: 【光明时评】, 【今日谈】.
FRAMED_LABEL = re.compile(rf"^【{HAN}{{2,10}}】$")
# A series' or column's name joined to a topic, set above a headline: 推动高质量发展·一线见闻, 新春走基层丨蹲点日记.
SERIES_LABEL = re.compile(rf"^{HAN}{{2,16}}[·•丨｜|]{HAN}{{2,8}}$")
COLUMN_LABEL_FRAME = "【】[]〔〕「」《》<>〈〉·：: "
# A column named for its beat, a label at its end (社区简讯, 国内要闻, 环球时评), is at most this long.
COLUMN_NAME_MAX_CHARS = 6
# An editor's note that introduces an article (编者按：…, 【核心阅读】…), printed between its
# headline and its lead or above its title block (编者附记, after the text, is a paragraph).
EDITOR_NOTE_LABELS = r"[【\[（(]?(?:编者按|编者的话|核心阅读|导读)[】\]）)]?"
EDITOR_NOTE = re.compile(rf"^{EDITOR_NOTE_LABELS}[\s:：]")
# …or its label alone on a line, over the note's text (核心阅读 / 今年以来，…).
EDITOR_NOTE_LABEL = re.compile(rf"^{EDITOR_NOTE_LABELS}[:：]?$")

# ---------------------------------------------------------------- paragraph openers
# Short openers that do begin a paragraph ("会上，…"); any other clause of two or
# three characters before the first comma suggests a sentence cut by a column jump.
PARAGRAPH_OPENERS = frozenset(
    "目前 近日 日前 会上 会前 会后 会中 同时 此外 另外 其中 据悉 据了解 近年来 今年 去年 明年 当天 当日 随后 "
    "最后 首先 其次 然而 但是 因此 对此 为此 此前 此后 如今 今后 当前 期间 届时 据介绍 据统计 然后 而且 "
    "不过 其实 总之 例如 比如 今天 昨天 此次 本次 这次 对于 同样 当时 后来 原来 如果 可见 据报道 记者 "
    "下一步 与此同时 活动中 现场 会议 他说 她说 他表示 她表示 他认为 她认为 为此 另一方面 "
    "记者了解到 记者注意到 记者获悉 上午 下午 中午 晚上 昨日 今晨 今日 近期 本周 上周 此间 "
    "凌晨 清晨 早上 傍晚 深夜 夜间 当晚 昨晚 今晚 次日".split()
)
# A first clause counting up to a time opens its sentence (截至10月底，… 截至目前，…), whatever the time.
COUNTING_UP_TO = ("截至", "截止")
# A speaker and the verb that reports their words, as a first clause (会议强调，… 钟晓咏指出，…):
# a paragraph opens so; a headline quotes its speaker after a colon (李强：…).
SPEECH_VERBS = ("指出", "强调", "表示", "认为", "介绍", "要求", "提出", "透露", "坦言", "说")
SPEAKER_MAX_CHARS = 8
# …and after a quotation, the sentence that says who spoke it (”和平新村社区工作者江欣嘉说。), at most.
ATTRIBUTION_MAX_CHARS = 24
# Who speaks, at the head of an interview's question or answer (记者：…？ 问：… 答：…): body
# text, however short. A person's name may open a headline so (李强：…), and is not here.
INTERVIEW_LABEL = re.compile(r"^(?:本报记者|记者|主持人|问|答|Q|A)\s*[:：]")
# A label and a number alone (咨询热线：64871234, 电话：021-6487 1234): a notice's line, not a
# title (徐汇：3年新建口袋公园50个 is a headline).
LABELLED_NUMBER = re.compile(rf"^{HAN}{{2,8}}[:：][\s0-9０-９\-－—]+$")
# Lines that are furniture at the page's top (a label and a number there: the paper's phones),
# read with their white space removed.
PAGE_TOP_FORMS = (MASTHEAD, PAGE_DATE_LINE, PAGE_LABEL, PAGE_NUMBER, PAGE_TOP_LINE, LABELLED_NUMBER)
# Where a line's first clause ends.
FIRST_CLAUSE_END = re.compile(r"[，,、；;：:。！？!?]")

# ---------------------------------------------------------------- shapes
# Longest lines worth asking whether they are a byline or page furniture.
BYLINE_MAX_CHARS = 48
FURNITURE_MAX_CHARS = 80
# A title line is short: longer unpunctuated lines are cut paragraphs.
TITLE_MAX_CHARS = 60
# A headline run in with its text on a bulleted line (■垃圾分类宣传进校园 日前，…) has at least this many characters.
RUN_IN_HEADLINE_MIN_CHARS = 4
# What prints half as wide as an ideograph in a title: Latin letters, digits and punctuation.
NARROW_CHARACTER = re.compile(r"[!-~]|[^\w\s]")
# Lines this short, printed without blank lines between, are pieces of a title
# set in a narrow column (一刻钟 / 「圈住」 / 美好生 / 活).
FRAGMENT_MAX_CHARS = 6
# A headline may be set in two lines, its subject (at most this long) over a predicate (at most
# this long) that opens saying when: 天府大道北延线 / 明年底建成通车, 北市公車 / 明年起全面電動化,
# 北京地铁17号线北段 / 年底前开通试运营.
HEADLINE_SUBJECT_MAX_CHARS = 12
HEADLINE_PREDICATE_MAX_CHARS = 12
TIME_OPENING = re.compile(r"^(?:明年|今年|本周|下周|本月|下月|月底|年底|年内|明天|今天|明日|今日|即日"
                          r"|下半年|上半年|元旦|春节前|[0-9０-９]{1,2}月)")
# Title blocks printed after their articles' text move up to them when their titles share this many
# more pairs of neighbouring characters with the text above them than with the text under them.
MOVED_TITLES_MIN_GAIN = 4
# A clause's last piece, no paragraph of its own: at most this long (医疗服务圈全覆盖。).
CLAUSE_END_MAX_CHARS = 16
# A first clause this short that is no paragraph opener ends a sentence cut before it (里，…).
FRAGMENT_CLAUSE_MAX_CHARS = 3
FRAGMENT_MIN_RUN = 3
# A poem's lines (see passes/verse.py): short, punctuated at their ends if at all, and
# four or more under a title and its author.
VERSE_LINE_MAX_CHARS = 24
VERSE_MIN_LINES = 4
VERSE_INNER_PUNCTUATION = frozenset("，,、；;：:。！？!?…")
# A single-line title longer than this, printed as several space-separated
# phrases, carries its kicker on the same line.
ONE_LINE_KICKER_MIN_CHARS = 28

# ---------------------------------------------------------------- names
# Common Chinese surnames (single and compound): a bare line of two to four
# characters under a headline is a pen name only if it starts with one.
SURNAMES = (*tuple(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝封宋茅庹揭"
    "储郁邸奚钮宦蔺楼乐植帅练洪谈孙丰於竺"
), "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "夏侯", "令狐", "司徒")
