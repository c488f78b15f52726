"""Seeded damaged newspaper pages, with the structure they were made from.

generate(seed) composes a page of one to four clean articles written from the
phrases below, prints it as plain text or Markdown, and damages it the ways
page dumps are damaged (DAMAGE), at random places. The same seed gives the
same page.

Only damage a careful reader could undo is applied:
- an article whose title block is moved opens with a dateline lead or is the
  page's first (else its first paragraph reads as the previous article's);
- a title block moved after its body carries a byline and is followed by the
  next article's own title block (else it reads as the next article's head);
- a byline printed above its headline only on the page's first article (else
  it reads as the end byline of the article before);
- every article after the first opens with a dateline lead, a byline or two
  title lines (a lone title line between two bodies is a section head).

Show a page and what it should rebuild to:

    python -m tests.pagegen --seed 7 --show [--damage column_tail paragraph_cut]
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import asdict, dataclass, field, replace

# ---------------------------------------------------------------- phrases

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏方邹孟秦江薛雷侯史陶贺顾毛龚邵钱严戴孔汤")
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛")
GIVEN_NAMES = ("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉兰萍红建文辉宁颖琳"
               "晨宇浩欣怡佳俊峰婷雪慧莉倩凯鹏斌晓晶嘉睿思远航")
# Uyghur and Kazakh names are printed with a middle dot.
DOTTED_NAMES = ("古丽·艾力", "阿依·吐尔逊", "热娜·买买提", "艾力·托乎提")

PAPERS = (("滨江报", "滨江", "binjiang"), ("湖畔报", "湖畔", "hupan"), ("东城报", "东城", "dongcheng"),
          ("南岸时报", "南岸", "nanan"), ("青枫报", "青枫", "qingfeng"))
WEEKDAYS = "一二三四五六日"

TOWNS = ("梅园街道", "青松街道", "湖滨街道", "东林街道", "南浦街道", "桂花街道", "枫桥镇", "金沙镇")
NEIGHBOURHOODS = ("杏花里小区", "阳光花园", "丰收新村", "景明苑", "青云小区", "和平新村", "长乐坊", "滨河家园")
ROADS = ("长青路", "文华路", "松涛路", "滨河路", "建新路", "望湖路", "秋实路")
CITIES = ("上海", "北京", "杭州", "南京", "苏州", "合肥", "宁波")
ORGANISATIONS = ("区图书馆", "区文化馆", "区体育中心", "社区卫生服务中心", "区消防救援支队", "区市场监管局",
                 "区生态环境局", "区教育局", "区民政局", "区总工会", "区妇联", "区绿化市容局", "区房管局",
                 "区红十字会", "区科协", "区残联", "区司法局", "区人社局")
# (what was held, what it is about)
EVENTS = (("垃圾分类宣传活动", "垃圾分类"), ("防汛应急演练", "防汛安全"), ("义诊进社区活动", "健康服务"),
          ("亲子读书分享会", "全民阅读"), ("消防安全培训", "消防安全"), ("老年人智能手机课堂", "数字生活"),
          ("便民市集", "便民服务"), ("青少年暑期夏令营", "暑期托管"), ("社区运动会", "全民健身"),
          ("反诈宣传进楼道活动", "防范电信诈骗"), ("文明养犬宣传周", "文明养犬"), ("非遗手工体验活动", "非遗传承"),
          ("志愿服务集市", "志愿服务"), ("专场招聘会", "就业服务"), ("法律咨询日活动", "法律服务"),
          ("无偿献血活动", "无偿献血"), ("加装电梯协调会", "加装电梯"))
PEOPLE = ("居民", "志愿者", "社区工作者", "青少年", "老年人", "家长和孩子", "党员", "退休职工", "外来务工人员")
WHO = ("居民", "社区工作者", "志愿者", "居委会主任", "社区民警", "楼组长", "项目负责人", "退休教师")
FACILITIES = ("社区食堂", "睦邻中心", "百姓健身房", "儿童友好空间", "社区书房", "长者照护之家", "便民服务站")
ACTIVITIES = ("书法练习", "合唱排练", "手工编织", "乒乓球比赛", "健康讲座", "亲子阅读", "太极拳教学", "围棋对弈")
SERVICES = ("理发", "家电维修", "法律咨询", "血压测量", "助浴", "代购代办", "修补衣物")
BOOKS = ("社区生活手册", "居民公约读本", "安全知识问答", "家门口的故事")
QUOTES = ("以前总觉得这些事离我们很远，今天听了讲解才知道原来这么重要", "家门口就能办成事，真是方便多了",
          "孩子在这里玩得很开心，我们做家长的也放心", "希望这样的活动以后能多办几场",
          "大家一起动手，小区的环境一天比一天好", "有什么问题随时可以来问，工作人员都很耐心")

LEADS = (
    "{org}在{town}{hood}举办{event}，{n}余名{people}参加。",
    "{event}在{hood}举行，{org}、{town}相关负责人及{n}余名{people}参加了活动。",
    "由{org}主办的{event}在{town}正式启动。",
    "{town}{hood}的{facility}正式投入使用，为周边{n}余户居民提供{service}等服务。",
)
# Each sentence names the article's subject (organiser, town, neighbourhood, event or topic), as
# a real article's paragraphs do: what tells a column tail's paragraphs from the next article's.
SENTENCES = (
    "活动现场，{org2}的工作人员向{people}详细讲解了{topic}的相关知识，并发放宣传资料{count}00余份。",
    "据介绍，{hood}的改造项目于{year}年{month}月启动，总投资约{money}万元，预计年底前全部完工。",
    "“{quote}。”{hood}{who}{name}说。",
    "近年来，{town}持续推进{topic}工作，累计完成改造点位{count}处，居民满意度明显提升。",
    "下一步，{org}将继续完善{topic}长效机制，让更多居民在家门口享受到便捷服务。",
    "记者了解到，{town}目前共有{count}个居民区，其中{few}个已建成{facility}。",
    "{org}相关负责人表示，将以此次活动为契机，进一步加强与{org2}的协作，形成工作合力。",
    "不少{people}表示，{topic}与日常生活息息相关，希望类似活动能够常态化开展。",
    "据统计，今年以来，{org}已组织各类{topic}活动{count}场次，服务群众{big}人次。",
    "为方便{people}参与{event}，主办方还在{road}设置了临时服务点，提供咨询、登记等服务。",
    "此次活动由{org}主办，{org2}、{town}联合承办，旨在提升群众对{topic}的认识。",
    "在{hood}的{facility}里，{people}可以参加{activity}、{activity2}等活动，也可以预约{service}服务。",
    "{town}{who}{name}介绍，{facility}每周开放{days}天，工作日晚间延长服务至{hour}点。",
    "与此同时，{town}还依托《{book}》等读本，组织开展了形式多样的学习交流活动。",
    "截至{month}月底，{town}已有{big}户家庭参与{topic}志愿服务，志愿者人数较去年增长{pct}%。",
    "针对{people}反映较多的停车难、充电难等问题，{town}会同{org2}排摸需求，新增车位{count}个。",
    "{hood}的{who}{name}一大早就来到现场，帮助工作人员布置场地、引导居民有序排队。",
    "{event}还设置了互动问答、趣味游戏等环节，吸引了不少{people}驻足参与。",
)
HEADLINES = ("{town}举办{event}", "{org}开展{topic}主题活动", "{hood}{facility}正式启用", "{topic}有了新变化",
             "让{topic}走进千家万户", "{big}人次参与{event}", "{town}{topic}工作取得新进展", "“{topic}”课堂开进{hood}",
             "{facility}成了居民的“第二客厅”")
KICKERS = ("聚焦民生实事", "践行人民城市理念", "我为群众办实事", "家门口的好服务", "创建全国文明城区进行时",
           "守护城市安全", "奋进新征程 建功新时代")
COLON_KICKERS = ("{who}{name}：", "{org}负责人：")
ONE_LINE_KICKERS = ("聚焦群众急难愁盼 推动服务提质增效", "坚持人民至上 办好民生实事", "深化基层治理 建设美好家园")
SUBHEADLINES = ("{org}推出{few}项便民举措", "{town}已建成{count}个服务点", "{big}余名{people}参与其中",
                "——访{town}{who}{name}")
SECTIONS = ("加强宣传引导", "完善服务设施", "推动共建共享", "聚焦居民需求 补齐服务短板", "创新工作方法",
            "凝聚各方力量", "守牢安全底线", "打造特色品牌")
CAPTIONS = ("图为{event}现场。", "{people}在{hood}参加{event}", "工作人员为{people}讲解{topic}知识",
            "志愿者在{road}开展{topic}宣传。")
CREDIT_NOTES = ("综合自：{org}微信公众号", "综合自:区融媒体中心 {name}", "来源：{org}")
ROLES = ("记者", "本报记者", "见习记者", "特约记者")
TIMES_OF_DAY = ("上午", "下午", "晚上")
VAGUE_DATES = ("日前", "近日")
TOP_MARKS = ("", "● ", "●", "□ ", "□", "■")

# ---------------------------------------------------------------- damage

DAMAGE = (
    "paragraph_cut",  # a paragraph cut mid-sentence across one or several blank lines
    "dateline_cut",  # 本报讯 4月 / 26日
    "split_headline",  # a title block set in a narrow column: 一刻钟 / 「圈住」 / 美好生 / 活
    "title_after_body",  # the title block printed after its article's body
    "title_inside_body",  # … between two of its paragraphs
    "title_mid_sentence",  # … inside one of its paragraphs
    "column_tail",  # the end of an article printed at the end of the page
)
# How often each damage strikes an article (one of the title moves, for "title_move").
STRIKE_RATES = {"split_headline": 0.2, "dateline_cut": 0.4, "title_move": 0.35, "column_tail": 0.35,
                "paragraph_cut": 0.5}
# Where each title-move damage prints the title block.
TITLE_MOVES = {"title_after_body": "after", "title_inside_body": "inside", "title_mid_sentence": "mid_sentence"}
MIN_PIECE = 4  # characters each side of a mid-sentence cut
SENTENCE_END = "。！？"
CLOSING = "”’」』）)》"


# ---------------------------------------------------------------- what a page should rebuild to


@dataclass(frozen=True)
class ExpectedArticle:
    kicker: str | None
    headline: str
    # Other readings of the title block just as right (a two-line block read as
    # kicker and headline or as headline and subheadline; a one-line kicker and headline).
    headline_alternatives: tuple[str, ...]
    subheadline: str | None
    bylines: tuple[tuple[str, str | None], ...]  # (name, role)
    dateline: tuple[str, str | None, str | None] | None  # (source, date_text, place)
    sections: tuple[str, ...]
    paragraphs: tuple[str, ...]
    captions: tuple[tuple[str, str], ...]  # (text, credit)
    credits: tuple[str, ...]
    tags: tuple[str, ...]  # the damage done to it and the printed forms it uses


@dataclass(frozen=True)
class GeneratedPage:
    seed: int
    text: str
    articles: tuple[ExpectedArticle, ...]
    furniture: tuple[str, ...]
    publication: dict[str, object] | None


# ---------------------------------------------------------------- a clean article


@dataclass(frozen=True)
class Caption:
    text: str
    credit: str
    printed_credit: str  # 陈二 摄, 本报记者 陈二 摄影


@dataclass
class Story:
    kicker: str | None
    headline: str
    subheadline: str | None
    one_line_kicker: bool
    colon_kicker: bool
    byline: str | None  # as printed, marks and all
    byline_place: str  # "head", "above" (over the headline) or "end" (bracketed, after the body)
    bylines: list[tuple[str, str | None]]
    lead: str  # the dateline formula as printed with its date and reporter note, or ""
    dateline: tuple[str, str | None, str | None] | None
    date_text: str | None
    paragraphs: list[str]
    sections: dict[int, str]  # printed before paragraph i
    captions: dict[int, Caption]  # printed after paragraph i
    credit: str | None
    tags: list[str] = field(default_factory=list)


def person(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.04:
        return rng.choice(DOTTED_NAMES)
    surname = rng.choice(COMPOUND_SURNAMES) if roll < 0.1 else rng.choice(SURNAMES)
    return surname + "".join(rng.choices(GIVEN_NAMES, k=rng.choice((1, 2, 2))))


def pen_name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES)


def date_phrase(rng: random.Random) -> str:
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    when = rng.choice(TIMES_OF_DAY) if rng.random() < 0.4 else ""
    return (f"{month} 月 {day} 日" if rng.random() < 0.1 else f"{month}月{day}日") + when


class Writer:
    """Fills the phrase templates; one article keeps its subject throughout."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.event, self.topic = rng.choice(EVENTS)
        self.org, self.town, self.hood = rng.choice(ORGANISATIONS), rng.choice(TOWNS), rng.choice(NEIGHBOURHOODS)

    def fill(self, template: str) -> str:
        rng = self.rng
        return template.format(
            org=self.org, town=self.town, hood=self.hood, event=self.event, topic=self.topic,
            org2=rng.choice(ORGANISATIONS), road=rng.choice(ROADS), people=rng.choice(PEOPLE), who=rng.choice(WHO),
            name=person(rng), quote=rng.choice(QUOTES), facility=rng.choice(FACILITIES),
            activity=rng.choice(ACTIVITIES[:4]), activity2=rng.choice(ACTIVITIES[4:]), service=rng.choice(SERVICES),
            book=rng.choice(BOOKS), n=rng.randint(2, 30) * 10, count=rng.randint(10, 40), few=rng.randint(2, 9),
            big=rng.randint(200, 9000), year=rng.randint(2018, 2024), month=rng.randint(1, 12),
            money=rng.randint(50, 900), pct=rng.randint(5, 60), days=rng.randint(3, 7), hour=rng.randint(19, 21),
        )

    def paragraph(self, sentences: list[str]) -> str:
        return "".join(self.fill(sentence) for sentence in sentences)


def write_byline(rng: random.Random, story_bylines: list[tuple[str, str | None]]) -> str:
    """The printed byline of (name, role) pairs: one role word before the names that share it."""
    groups: list[tuple[str | None, list[str]]] = []
    for name, role in story_bylines:
        if groups and groups[-1][0] == role:
            groups[-1][1].append(name)
        else:
            groups.append((role, [name]))
    separator = "、" if rng.random() < 0.15 else " "
    roll = rng.random()  # after the role word: a colon (记者：张三), nothing (本报记者张三) or a space
    joiner = "：" if roll < 0.1 and len(groups) == 1 else "" if roll < 0.25 else " "
    return " ".join(f"{role}{joiner}{separator.join(names)}" if role else separator.join(names)
                    for role, names in groups)


def compose(rng: random.Random, first: bool) -> Story:
    """A clean article in one of the printed forms of title block, dateline and byline."""
    writer = Writer(rng)
    tags: list[str] = []
    # Title block.
    headline = writer.fill(rng.choice(HEADLINES))
    roll = rng.random()
    one_line = roll < 0.1
    colon_kicker = 0.1 <= roll < 0.18
    if one_line:
        kicker: str | None = rng.choice(ONE_LINE_KICKERS)
    elif colon_kicker:
        kicker = writer.fill(rng.choice(COLON_KICKERS))
    else:
        kicker = rng.choice(KICKERS) if rng.random() < 0.3 else None
    subheadline = writer.fill(rng.choice(SUBHEADLINES)) if not one_line and rng.random() < 0.4 else None
    # Dateline.
    formula = rng.random()
    date_text: str | None = None
    note_names: list[str] = []
    if formula < 0.4:
        date_text = date_phrase(rng)
        lead, dateline = f"本报讯 {date_text}，", ("本报讯", date_text, None)
    elif formula < 0.5:
        date_text = rng.choice(VAGUE_DATES)
        lead, dateline = f"本报讯 {date_text}，", ("本报讯", date_text, None)
    elif formula < 0.58:
        lead, dateline = "本报讯 ", ("本报讯", None, None)
    elif formula < 0.66:
        note_names = [person(rng) for _ in range(rng.choice((1, 1, 2)))]
        date_text = date_phrase(rng)
        lead, dateline = f"本报讯（记者 {' '.join(note_names)}）{date_text}，", ("本报讯", date_text, None)
        tags.append("reporter_note")
    elif formula < 0.72:
        city, date_text = rng.choice(CITIES), date_phrase(rng)
        lead, dateline = f"本报{city}{date_text}电 ", ("本报", date_text, city)
        tags.append("filed_dateline")
    else:
        lead, dateline = ("日前，" if rng.random() < 0.2 else ""), None
    # Bylines: none, reporters with roles, or a bare pen name.
    byline_roll = rng.random()
    if note_names:
        bylines: list[tuple[str, str | None]] = [(name, "记者") for name in note_names]
        byline = None
    elif byline_roll < 0.2:
        bylines, byline = [], None
    elif byline_roll < 0.35:
        bylines = [(pen_name(rng), None)]
        byline = rng.choice(("", "● ")) + bylines[0][0]
        tags.append("pen_name")
    else:
        role = rng.choice(ROLES)
        bylines = [(person(rng), role) for _ in range(rng.choice((1, 1, 2, 3)))]
        if rng.random() < 0.2:
            bylines.append((person(rng), "通讯员"))
        byline = rng.choice(TOP_MARKS) + write_byline(rng, bylines)
    byline_place = "head"
    if byline and first and rng.random() < 0.15 and not byline.startswith(("●", "□")) and bylines[0][1]:
        byline_place = "above"
        tags.append("byline_above_headline")
    elif byline and bylines[0][1] and rng.random() < 0.1:
        action = rng.choice(("", "", " 整理"))  # (本报记者 王五 整理)
        byline_place, byline = "end", f"（{write_byline(rng, bylines)}{action}）"
        tags.append("end_byline")
    # Body.
    sentences = rng.sample(SENTENCES, k=rng.randint(4, 12))
    breaks = sorted(rng.sample(range(1, len(sentences)), k=min(len(sentences) - 1, rng.randint(1, 5))))
    groups = [sentences[start:end] for start, end in zip([0, *breaks], [*breaks, len(sentences)], strict=True)]
    paragraphs = [writer.paragraph(group) for group in groups]
    paragraphs[0] = lead + writer.fill(rng.choice(LEADS)) + paragraphs[0]
    sections: dict[int, str] = {}
    if len(paragraphs) >= 3 and rng.random() < 0.3:
        titles = rng.sample(SECTIONS, k=len(paragraphs) - 1)
        sections = {i: title for i, title in enumerate(titles, start=1) if rng.random() < 0.7}
        tags.append("sections")
    captions: dict[int, Caption] = {}
    if rng.random() < 0.25:
        credit = person(rng)
        role = rng.choice(("", "", "本报记者 "))
        captions[rng.randrange(len(paragraphs))] = Caption(writer.fill(rng.choice(CAPTIONS)), credit,
                                                           f"{role}{credit} {rng.choice(('摄', '摄', '摄影'))}")
        tags.append("caption")
    credit_note = writer.fill(rng.choice(CREDIT_NOTES)) if rng.random() < 0.15 else None
    if credit_note:
        tags.append("credit")
    if one_line:
        tags.append("one_line_kicker")
    return Story(kicker=kicker, headline=headline, subheadline=subheadline, one_line_kicker=one_line,
                 colon_kicker=colon_kicker, byline=byline, byline_place=byline_place, bylines=bylines,
                 lead=lead, dateline=dateline, date_text=date_text, paragraphs=paragraphs, sections=sections,
                 captions=captions, credit=credit_note, tags=tags)


def expected(story: Story, markdown: bool) -> ExpectedArticle:
    """What the article should rebuild to, whatever damage its printing suffers."""
    alternatives: tuple[str, ...] = ()
    titles = [line for line in (story.kicker, story.headline, story.subheadline) if line]
    if story.one_line_kicker:
        alternatives = (f"{story.kicker} {story.headline}",)
    elif len(titles) == 2 and not markdown and not story.colon_kicker:
        alternatives = (titles[0] if titles[1] == story.headline else titles[1],)
    order = sorted(story.captions)
    return ExpectedArticle(
        kicker=story.kicker, headline=story.headline, headline_alternatives=alternatives,
        subheadline=story.subheadline, bylines=tuple(story.bylines), dateline=story.dateline,
        sections=tuple(story.sections[i] for i in sorted(story.sections)), paragraphs=tuple(story.paragraphs),
        captions=tuple((story.captions[i].text, story.captions[i].credit) for i in order),
        credits=(story.credit,) if story.credit else (), tags=tuple(story.tags))


# ---------------------------------------------------------------- printing


@dataclass(frozen=True)
class Line:
    text: str
    kind: str  # title, byline, paragraph, piece (of a cut paragraph), section, caption, credit
    gap: int = 1  # blank lines printed before it


@dataclass
class Printed:
    """One article as printed: its title block on top, then body, then end matter."""

    story: Story
    top: list[Line]
    body: list[Line]
    end: list[Line]
    leads_off: bool  # opens with a dateline lead: its first paragraph cannot be read as another's


def print_story(rng: random.Random, story: Story, markdown: bool) -> Printed:
    level = rng.choice((1, 2))  # Markdown: the headline's level; kicker and subheadline one deeper
    tight = 0 if rng.random() < 0.35 else 1

    def title(text: str, depth: int) -> Line:
        return Line(f"{'#' * (level + depth)} {text}" if markdown else text, "title", tight)

    if story.one_line_kicker:
        top = [title(f"{story.kicker} {story.headline}", 0)]
    else:
        top = [*([title(story.kicker, 1)] if story.kicker else []), title(story.headline, 0)]
    top += [title(story.subheadline, 1)] if story.subheadline else []
    end: list[Line] = []
    if story.byline and story.byline_place == "head":
        top.append(Line(story.byline, "byline", tight))
    elif story.byline and story.byline_place == "above":
        top.insert(0, Line(story.byline, "byline"))
    elif story.byline:
        end.append(Line(story.byline, "byline"))
    top[0] = replace(top[0], gap=rng.choice((1, 1, 2)))
    body: list[Line] = []
    for i, paragraph in enumerate(story.paragraphs):
        if i in story.sections:
            mark = rng.choice(("### ■ ", "### ", "■ ")) if markdown else rng.choice(("■ ", "■", ""))
            body.append(Line(mark + story.sections[i], "section"))
        if i == 0 and markdown and story.lead.startswith("本报讯") and rng.random() < 0.5:
            paragraph = paragraph.replace("本报讯", "**本报讯**", 1)
        body.append(Line(paragraph, "paragraph"))
        if caption := story.captions.get(i):
            if rng.random() < 0.3:
                body.append(Line(f"{caption.text} {caption.printed_credit}", "caption"))
            else:
                credit_gap = rng.choice((0, 1))
                body.extend([Line(caption.text, "caption"), Line(caption.printed_credit, "caption", credit_gap)])
    if story.credit:
        end.append(Line(rng.choice(("（{}）", "({})")).format(story.credit), "credit"))
    return Printed(story, top, body, end, leads_off=bool(story.dateline))


def cut_points(text: str, start: int = 0) -> list[int]:
    """Where text can be cut mid-sentence: not after a sentence's end, not at a space."""
    return [i for i in range(max(start, MIN_PIECE), len(text) - MIN_PIECE + 1)
            if not text[i - 1].isspace() and not text[i].isspace()
            and text[:i].rstrip(CLOSING)[-1] not in SENTENCE_END]


def cut(rng: random.Random, line: Line, story: Story) -> tuple[Line, Line] | None:
    """line in two at a random mid-sentence point, printed one or several blank lines apart."""
    points = cut_points(line.text, formula_end(line, story))
    if not points:
        return None
    at = rng.choice(points)
    return replace(line, text=line.text[:at], kind="piece"), Line(line.text[at:], "piece", rng.choice((1, 1, 2, 3)))


def formula_end(line: Line, story: Story) -> int:
    """Where the dateline formula and its date end if line is the lead: other damage leaves them whole."""
    lead = story.paragraphs[0]
    return len(line.text) - len(lead) + len(story.lead) + 1 if line.text.replace("**", "") == lead else 0


def cut_paragraphs(rng: random.Random, printed: Printed) -> bool:
    """One or two of the article's paragraphs cut mid-sentence."""
    spots = [i for i, line in enumerate(printed.body) if line.kind == "paragraph"]
    done = False
    for i in sorted(rng.sample(spots, k=min(len(spots), rng.randint(1, 2))), reverse=True):
        pieces = cut(rng, printed.body[i], printed.story)
        if pieces:
            printed.body[i:i + 1] = pieces
            done = True
    return done


def cut_dateline(rng: random.Random, printed: Printed) -> bool:
    """本报讯 4月 / 26日: the lead's line ends inside its date."""
    story = printed.story
    if not story.lead.startswith("本报讯 ") or not story.date_text or "（" in story.lead:
        return False
    i = next(i for i, line in enumerate(printed.body) if formula_end(line, story))
    line = printed.body[i]
    start = line.text.index(story.date_text)
    inside = [start] + [start + k + 1 for k, ch in enumerate(story.date_text) if ch in "月日"]
    at = rng.choice(inside[:-1] if story.date_text.endswith("日") else inside)
    printed.body[i:i + 1] = [replace(line, text=line.text[:at], kind="piece"),
                             Line(line.text[at:], "piece", rng.choice((1, 1, 2)))]
    return True


def split_title_block(rng: random.Random, printed: Printed) -> bool:
    """A title block set in a narrow column: every line wrapped at a few characters, printed tight."""
    story = printed.story
    if story.one_line_kicker or any(line.text.startswith("#") for line in printed.top) \
            or story.byline_place == "above":
        return False
    width = rng.randint(3, 5)
    lines: list[Line] = []
    for line in printed.top:
        if line.kind == "byline":
            role = next((r for r in ("本报记者", "见习记者", "特约记者", "记者") if r in line.text), None)
            head, _, names = line.text.partition(role) if role else ("", "", "")
            if role and names.strip() and not names.lstrip().startswith("："):
                lines += [Line(head + role, "byline", 0), Line(names.strip(), "byline", 0)]
            else:
                lines.append(replace(line, gap=0))
        elif line.text == story.kicker:
            lines.append(replace(line, gap=0))
        else:
            step = width if line.text == story.headline else width + rng.randint(1, 2)
            lines += [Line(line.text[k:k + step], "title", 0) for k in range(0, len(line.text), step)]
    lines[0] = replace(lines[0], gap=printed.top[0].gap)
    printed.top = lines
    return True


def move_title(rng: random.Random, printed: Printed, where: str, next_has_head: bool) -> bool:
    """Print the title block after the body, between two paragraphs, or inside one.

    A kicker may stay on top, over the dateline lead, when the block is printed
    mid-sentence (as in Markdown pages): between whole paragraphs such a kicker
    would read as the headline of an article of its own.
    """
    story = printed.story
    if story.byline_place == "above" or story.one_line_kicker:
        return False
    head = list(printed.top)
    keep_kicker = where == "mid_sentence" and story.kicker and story.dateline and len(head) > 2
    stays = head[:1] if keep_kicker and rng.random() < 0.5 else []
    moved = head[len(stays):]
    if not any(line.kind == "byline" for line in moved) and (where == "after" or len(moved) < 2):
        return False
    moved[0] = replace(moved[0], gap=rng.choice((1, 2)))
    body = printed.body
    if where == "after":
        if not next_has_head:
            return False
        printed.end = printed.end + moved
    elif where == "inside":
        spots = [i for i in range(1, len(body)) if body[i - 1].kind == "paragraph" and body[i].kind == "paragraph"]
        if not spots:
            return False
        at = rng.choice(spots)
        printed.body = body[:at] + moved + body[at:]
    else:
        spots = [i for i, line in enumerate(body) if line.kind == "paragraph"]
        at = rng.choice(spots)
        pieces = cut(rng, body[at], story)
        if not pieces:
            return False
        printed.body = [*body[:at], pieces[0], *moved, replace(pieces[1], gap=1), *body[at + 1:]]
    printed.top = stays
    return True


def split_column_tail(rng: random.Random, printed: Printed) -> list[Line]:
    """Cut a paragraph of the article's closing run of paragraphs; its rest and the
    paragraphs after it are returned, to be printed at the end of the page."""
    body = printed.body
    start = len(body)
    while start > 0 and body[start - 1].kind == "paragraph":
        start -= 1
    if start == len(body):
        return []
    at = rng.randrange(start, len(body))
    pieces = cut(rng, body[at], printed.story)
    if not pieces:
        return []
    printed.body = [*body[:at], pieces[0]]
    return [replace(pieces[1], gap=rng.choice((1, 2))), *body[at + 1:]]


# ---------------------------------------------------------------- the page


def furniture(rng: random.Random) -> tuple[list[str], dict[str, object]]:
    paper, short, domain = rng.choice(PAPERS)
    year, month, day = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    issue, total = rng.randint(1, 52), rng.randint(800, 2000)
    weekday = WEEKDAYS[rng.randrange(7)]
    issue_line = rng.choice((f"第{issue}期（总第{total}期） {year}年{month}月{day}日 星期{weekday}",
                             f"准印证号(B)0{rng.randint(100, 999)} / 第{issue}期(总第{total}期) / "
                             f"{year}年{month}月{day}日 星期{weekday}"))
    labels = rng.sample((f"{short}通 APP", f"{short}发布微信", f"{short}抖音", "扫码关注"), k=rng.randint(0, 3))
    lines = [paper, *labels, f"《{paper}》数字报 http://www.{domain}.cn", issue_line]
    publication = {"name": paper, "date": f"{year}-{month:02d}-{day:02d}", "issue": issue, "issue_total": total}
    kept = [line for line in lines if line in (paper, issue_line) or rng.random() < 0.6]
    return kept, publication


def generate(seed: int, damage: tuple[str, ...] = DAMAGE) -> GeneratedPage:
    """A damaged page and the structure it was made from; the same seed gives the same page."""
    rng = random.Random(seed)
    markdown = rng.random() < 0.25
    count = rng.choice((1, 2, 2, 3, 3, 4))
    stories = [compose(rng, first=i == 0) for i in range(count)]
    # An article after the first needs a dateline lead, a byline or two title lines to be told from a section head.
    for story in stories[1:]:
        opens = story.dateline or (story.byline and story.byline_place == "head")
        if not opens and not story.subheadline and not (story.kicker and not story.one_line_kicker):
            story.subheadline = Writer(rng).fill(rng.choice(SUBHEADLINES[:3]))
    printed = [print_story(rng, story, markdown) for story in stories]
    tails: list[Line] = []
    # Last article first: moving a title after the body needs the next article's head still on top.
    for i in range(count - 1, -1, -1):
        article, tags = printed[i], printed[i].story.tags
        # Each kind of damage draws from a stream of its own: leaving one kind out
        # of damage leaves the rest of the page as it was.
        streams = {kind: random.Random(f"{seed}:{kind}:{i}") for kind in STRIKE_RATES}
        struck = {kind for kind, rate in STRIKE_RATES.items() if streams[kind].random() < rate}
        if "split_headline" in struck & set(damage) and split_title_block(streams["split_headline"], article):
            tags.append("split_headline")
        if "dateline_cut" in struck & set(damage) and cut_dateline(streams["dateline_cut"], article):
            tags.append("dateline_cut")
        move = streams["title_move"]
        kind = move.choice(tuple(TITLE_MOVES))
        next_has_head = i == count - 1 or bool(printed[i + 1].top)
        if "title_move" in struck and kind in damage and (article.leads_off or i == 0) \
                and move_title(move, article, TITLE_MOVES[kind], next_has_head):
            tags.append(kind)
        if "column_tail" in struck & set(damage) and i < count - 1 and not tails:
            tails = split_column_tail(streams["column_tail"], article)
            if tails:
                tags.append("column_tail")
        if "paragraph_cut" in struck & set(damage) and cut_paragraphs(streams["paragraph_cut"], article):
            tags.append("paragraph_cut")
        if markdown:
            tags.append("markdown")
    top_furniture, publication = furniture(rng) if rng.random() < 0.6 else ([], None)
    bottom_furniture = [f"责任编辑：{person(rng)}"] if rng.random() < 0.2 else []
    lines = [Line(text, "furniture", rng.choice((0, 1, 2))) for text in top_furniture]
    for article in printed:
        lines += article.top + article.body + article.end
    lines += tails + [Line(text, "furniture") for text in bottom_furniture]
    text = "".join("\n" * line.gap + line.text + "\n" for line in lines)
    return GeneratedPage(seed=seed, text=text, articles=tuple(expected(story, markdown) for story in stories),
                         furniture=tuple(top_furniture + bottom_furniture), publication=publication)


def main() -> None:
    parser = argparse.ArgumentParser(description="Print a generated page and the structure it should rebuild to.")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--damage", nargs="*", choices=DAMAGE, default=list(DAMAGE), help="damage to apply")
    parser.add_argument("--show", action="store_true", help="also print the expected structure")
    args = parser.parse_args()
    page = generate(args.seed, tuple(args.damage))
    print(page.text)
    if args.show:
        print(json.dumps({key: value for key, value in asdict(page).items() if key != "text"},
                         ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
