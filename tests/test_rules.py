"""One page a rule: small pages written for the rule they exercise, with the
exact structure restructure must rebuild from them."""

from __future__ import annotations

import datetime
from textwrap import dedent

import pytest

import restructure


def convert(text: str) -> restructure.Page:
    return restructure.convert(dedent(text).strip("\n"), name="rule.txt")


def paragraphs(article: restructure.Article) -> list[str]:
    return [block.text for block in article.body if block.type == "paragraph"]


def captions(article: restructure.Article) -> list[tuple[str, str | None]]:
    return [(block.text, block.credit) for block in article.body if block.type == "caption"]


def titles(article: restructure.Article) -> tuple[str | None, str, str | None]:
    return article.kicker, article.headline, article.subheadline


def test_agency_dateline_with_reporter_note_and_photo_credit() -> None:
    page = convert("""
        人民日报
        2023年5月12日 星期五 第4版 要闻

        我国首艘国产大型邮轮完成试航
        新华社上海5月11日电（记者 张建松 王辰阳）
        记者11日从中国船舶集团获悉，我国首艘国产大型邮轮日前完成第二次试航，
        各项指标均达到设计要求。

        图为邮轮在长江口海域试航。 新华社记者 丁汀 摄

        责任编辑：李明
    """)
    (article,) = page.articles
    assert article.headline == "我国首艘国产大型邮轮完成试航"
    assert [(b.name, b.role) for b in article.bylines] == [("张建松", "记者"), ("王辰阳", "记者")]
    dateline = article.dateline
    assert (dateline.source, dateline.place, dateline.date_text) == ("新华社", "上海", "5月11日")
    assert article.dateline.date == datetime.date(2023, 5, 11)
    assert paragraphs(article) == ["新华社上海5月11日电 记者11日从中国船舶集团获悉，我国首艘国产大型邮轮日前"
                                   "完成第二次试航，各项指标均达到设计要求。"]
    assert captions(article) == [("图为邮轮在长江口海域试航。", "丁汀")]
    assert page.publication.name == "人民日报"
    assert page.furniture == ["人民日报", "2023年5月12日 星期五 第4版 要闻", "责任编辑：李明"]


def test_byline_above_headline_dash_subheadline_and_writing_credit() -> None:
    page = convert("""
        ■本报记者 陈静 通讯员 李华

        社区“微更新”让老小区焕发新活力

        本报讯 近日，记者走访了多个老旧小区，发现改造后小区面貌焕然一新。

        文/图 张伟

        加快建设
        现代化产业体系
        ——访市发改委主任刘强

        本报记者 赵敏

        “十四五”以来，我市产业结构持续优化。
    """)
    first, second = page.articles
    assert first.headline == "社区“微更新”让老小区焕发新活力"
    assert [(b.name, b.role) for b in first.bylines] == [("陈静", "本报记者"), ("李华", "通讯员"), ("张伟", "文/图")]
    assert titles(second) == ("加快建设", "现代化产业体系", "——访市发改委主任刘强")
    assert [(b.name, b.role) for b in second.bylines] == [("赵敏", "本报记者")]
    assert paragraphs(second) == ["“十四五”以来，我市产业结构持续优化。"]


def test_column_tail_goes_back_to_the_article_it_shares_words_with() -> None:
    page = convert("""
        社区食堂开进老小区

        记者 王丽

        本报讯 5月8日，长桥街道首家社区食堂正式开业，为周边老年居民提供

        平价可口的一日三餐。街道还计划在年内再开设两家

        垃圾分类志愿者上岗

        记者 陈刚

        本报讯 日前，枫林街道招募的一百名垃圾分类志愿者正式上岗。

        社区食堂，覆盖辖区所有居委会。

        志愿者们每天早晚两次值守投放点，手把手教居民正确分类。
    """)
    canteen, volunteers = page.articles
    assert paragraphs(canteen) == ["本报讯 5月8日，长桥街道首家社区食堂正式开业，为周边老年居民提供平价可口的一日三餐。"
                                   "街道还计划在年内再开设两家社区食堂，覆盖辖区所有居委会。"]
    assert paragraphs(volunteers) == ["本报讯 日前，枫林街道招募的一百名垃圾分类志愿者正式上岗。",
                                      "志愿者们每天早晚两次值守投放点，手把手教居民正确分类。"]
    assert {r.kind for r in canteen.repairs} == {"joined_paragraph", "reattached_column_tail"}
    assert not page.warnings


def test_a_column_tail_s_own_paragraphs_count_as_its_article_s_words() -> None:
    # The second paragraph of the tail shares more words with the long article printed above it
    # (不少老年居民表示) than with the cut lead; with the tail's first paragraph, the cut article has more.
    page = convert("""
        社区食堂开进老小区

        记者 王丽

        本报讯 5月8日，长桥街道首家社区食堂在汇成新村正式开

        垃圾分类志愿者上岗

        记者 陈刚

        本报讯 日前，枫林街道招募的一百名垃圾分类志愿者正式上岗，为辖区居民提供上门指导服务。

        志愿者们每天早晚两次值守投放点，手把手教居民正确分类，不少老年居民表示受益匪浅。

        街道相关负责人表示，将继续为居民提供更便捷的服务。

        业。食堂由专业餐饮企业运营，每天供应午餐和晚餐，荤素搭配，价格实惠。

        用餐的老人说，食堂的午餐荤素搭配，价格实惠，不少老年居民表示今后会常来。
    """)
    canteen, volunteers = page.articles
    assert paragraphs(canteen) == ["本报讯 5月8日，长桥街道首家社区食堂在汇成新村正式开业。食堂由专业餐饮企业运营，"
                                   "每天供应午餐和晚餐，荤素搭配，价格实惠。",
                                   "用餐的老人说，食堂的午餐荤素搭配，价格实惠，不少老年居民表示今后会常来。"]
    assert paragraphs(volunteers)[-1] == "街道相关负责人表示，将继续为居民提供更便捷的服务。"
    assert len(paragraphs(volunteers)) == 3


def test_a_paragraph_opening_with_a_word_like_heping_is_no_column_tail() -> None:
    # 和平新村 starts with 和, which continues a sentence only when read alone (和 商旅…).
    page = convert("""
        区科协开展科普活动

        本报讯 日前，区科协在湖滨街道举办科普活动，80余名居民参加。

        和平新村的退休教师余宇一大早就来到现场，帮助工作人员布置场地。

        区文化馆举办志愿服务集市

        本报讯 区文化馆在桂花街道举办志愿服务集市，190余名老年人参加。

        下一步，区文化馆将继续完善
    """)
    science, market = page.articles
    assert paragraphs(science)[-1] == "和平新村的退休教师余宇一大早就来到现场，帮助工作人员布置场地。"
    assert paragraphs(market)[-1] == "下一步，区文化馆将继续完善"
    assert page.warnings == ["line 11: paragraph ends mid-sentence and no continuation was found"]


def test_an_editorial_signed_by_the_papers_commentator_above_its_headline() -> None:
    page = convert("""
        社区里的“健康驿站”开张了

        本报讯（通讯员 陈晓 记者 李华）11月21日上午，某街道的“健康驿站”正式开张。

        据了解，驿站每周开放五天。

        本报评论员

        让“家门口”的服务更暖心

        社区是城市治理的“最后一公里”。

        只有把服务做到群众心坎上，才能真正赢得民心。

        （本版图片均由受访者提供）
    """)
    news, editorial = page.articles
    assert [(b.name, b.role) for b in news.bylines] == [("陈晓", "通讯员"), ("李华", "记者")]
    assert paragraphs(news)[-1] == "据了解，驿站每周开放五天。"
    assert titles(editorial) == (None, "让“家门口”的服务更暖心", None)
    assert [(b.name, b.role) for b in editorial.bylines] == [("本报评论员", None)]
    assert paragraphs(editorial) == ["社区是城市治理的“最后一公里”。", "只有把服务做到群众心坎上，才能真正赢得民心。"]
    assert editorial.credits == ["本版图片均由受访者提供"]


def test_labelled_captions_a_marked_column_head_and_a_jump_line() -> None:
    page = convert("""
        春耕时节备耕忙

        记者阿依·吐尔逊 通讯员宋琳丽

        本报讯 连日来，我省各地抢抓农时，田间地头一派繁忙景象。

        图①：农民在田间插秧。
        图②：农机手驾驶收割机作业。 王五 摄

        ■ 记者手记

        田间地头，处处是希望。

        （下转A3版）
    """)
    article, = page.articles
    assert [(b.name, b.role) for b in article.bylines] == [("阿依·吐尔逊", "记者"), ("宋琳丽", "通讯员")]
    assert captions(article) == [("图①：农民在田间插秧。", None), ("图②：农机手驾驶收割机作业。", "王五")]
    assert [b.text for b in article.body if b.type == "heading"] == ["记者手记"]
    assert paragraphs(article)[-1] == "田间地头，处处是希望。"
    assert page.furniture == ["（下转A3版）"]


def test_bylines_split_by_a_bar_and_an_authors_note_at_the_end() -> None:
    page = convert("""
        ## 老旧小区加装电梯提速

        **文 | 本报记者 张三 实习生 李四**

        本报讯 今年以来，本市老旧小区加装电梯工作持续提速。

        作者：王五

        （作者单位：北京大学城市规划系）

        ## 端午假期出行提示

        本报讯（记者 赵六）端午假期将至，交管部门提示市民错峰出行。
    """)
    lifts, holiday = page.articles
    assert [(b.name, b.role) for b in lifts.bylines] == [("张三", "文 本报记者"), ("李四", "实习生"), ("王五", "作者")]
    assert lifts.credits == ["作者单位：北京大学城市规划系"]
    assert titles(holiday) == (None, "端午假期出行提示", None)
    assert [(b.name, b.role) for b in holiday.bylines] == [("赵六", "记者")]


def test_a_marked_short_head_is_a_section_head_not_a_pen_name() -> None:
    page = convert("""
        把稳就业作为经济社会发展的优先目标
        ——访人力资源和社会保障部有关负责人

        本报北京6月1日电 （记者张三、李四）人力资源和社会保障部有关负责人日前接受本报记者采访。

        ■ 短评

        稳就业就是稳民生。
    """)
    article, = page.articles
    assert titles(article) == (None, "把稳就业作为经济社会发展的优先目标", "——访人力资源和社会保障部有关负责人")
    assert [(b.name, b.role) for b in article.bylines] == [("张三", "记者"), ("李四", "记者")]
    assert [(b.type, b.text) for b in article.body[1:]] == [("heading", "短评"), ("paragraph", "稳就业就是稳民生。")]


def test_a_hong_kong_desk_s_name_a_closing_byline_and_a_labelled_picture_note() -> None:
    page = convert("""
        港聞

        港鐵東涌綫延線明年通車

        【明報專訊】港鐵東涌綫延線工程進展順利，預計明年第二季通車。

        發言人續指，延線通車後，東涌西居民往返市區的時間可節省15分鐘。

        ■記者 陳大文

        （圖：資料圖片）
    """)
    (article,) = page.articles
    assert titles(article) == (None, "港鐵東涌綫延線明年通車", None)
    assert [(person.name, person.role) for person in article.bylines] == [("陳大文", "記者")]
    # The note says what kind of picture the photo is: a caption without a credit, not a title.
    assert captions(article) == [("（圖：資料圖片）", None)]
    assert page.furniture == ["港聞"]


def test_taiwan_bracketed_datelines_with_the_reporter_inside() -> None:
    page = convert("""
        自由時報

        台北捷運新線通車 民眾搶搭

        〔記者王小明／台北報導〕台北捷運新線今天上午正式通車，吸引大批民眾搶搭。

        市府表示，新線每日運量預估可達五萬人次。

        （中央社記者李大華台北1日電）交通部今天公布最新統計，端午連假期間國道車流量成長一成。
    """)
    metro, traffic = page.articles
    assert [(b.name, b.role) for b in metro.bylines] == [("王小明", "記者")]
    assert (metro.dateline.source, metro.dateline.place, metro.dateline.date_text) == (None, "台北", None)
    assert paragraphs(metro)[0] == "〔台北報導〕台北捷運新線今天上午正式通車，吸引大批民眾搶搭。"
    assert [(b.name, b.role) for b in traffic.bylines] == [("李大華", "記者")]
    assert (traffic.dateline.source, traffic.dateline.place, traffic.dateline.date_text) == ("中央社", "台北", "1日")
    assert paragraphs(traffic) == ["（中央社台北1日電）交通部今天公布最新統計，端午連假期間國道車流量成長一成。"]


def test_title_block_after_a_headed_article_opens_the_next_one() -> None:
    page = convert("""
        我区召开安全生产工作会议

        本报讯（记者 张三 通讯员 李四）3月2日上午，区政府召开安全生产工作会议。

        会议强调，要压实责任，守住底线。

        市民热议“十五分钟生活圈”
        ——来自基层的声音

        □ 本报记者 王五

        “家门口就能办事，太方便了！”居民赵先生说。

        （本报记者 王五 整理）
    """)
    meeting, voices = page.articles
    assert meeting.headline == "我区召开安全生产工作会议"
    assert [(b.name, b.role) for b in meeting.bylines] == [("张三", "记者"), ("李四", "通讯员")]
    assert meeting.dateline.date_text == "3月2日上午"
    assert paragraphs(meeting)[0] == "本报讯 3月2日上午，区政府召开安全生产工作会议。"
    assert (voices.headline, voices.subheadline) == ("市民热议“十五分钟生活圈”", "——来自基层的声音")
    assert [(b.name, b.role) for b in voices.bylines] == [("王五", "本报记者")]
    # The closing byline only repeats the article's: kept as furniture, not lost.
    assert page.furniture == ["（本报记者 王五 整理）"]


def test_reporter_note_naming_the_byline_stays_in_the_text() -> None:
    page = convert("""
        老旧小区加装电梯提速

        本报记者 周敏

        本报讯（记者 周敏）记者从市住建局获悉，今年全市已完工120台电梯。
    """)
    (article,) = page.articles
    assert [(b.name, b.role) for b in article.bylines] == [("周敏", "本报记者")]
    assert paragraphs(article) == ["本报讯（记者 周敏）记者从市住建局获悉，今年全市已完工120台电梯。"]


def test_markdown_image_is_furniture_and_stops_no_paragraph() -> None:
    page = convert("""
        ## 秋冬季节谨防流感

        **通讯员 孙莉**

        日前，区疾控中心提醒市民，秋冬季是流感高发期。

        ![疫苗接种](photo.jpg)
        居民在社区卫生服务中心接种疫苗。 张立 摄
    """)
    (article,) = page.articles
    assert article.headline == "秋冬季节谨防流感"
    assert [(b.name, b.role) for b in article.bylines] == [("孙莉", "通讯员")]
    assert captions(article) == [("居民在社区卫生服务中心接种疫苗。", "张立")]
    assert page.furniture == ["![疫苗接种](photo.jpg)"]


def test_text_that_fits_no_article_is_kept_as_furniture() -> None:
    page = convert("""
        记者 张三

        张立 摄
    """)
    assert page.articles == []
    assert page.furniture == ["记者 张三", "张立 摄"]


def test_page_top_date_line_dates_the_datelines() -> None:
    page = convert("""
        南方日报
        2024年1月3日

        寒潮来袭 全市启动防寒预案

        本报讯 1月2日，市气象台发布寒潮蓝色预警。
    """)
    assert (page.publication.name, page.publication.date) == ("南方日报", datetime.date(2024, 1, 3))
    assert page.articles[0].dateline.date == datetime.date(2024, 1, 2)


def test_a_date_phrase_takes_the_hour_and_a_day_named_from_the_issue_its_part() -> None:
    page = convert("""
        北京晚报
        2024年11月16日

        冬季供暖全面启动

        本报讯（记者 周明）11月15日零时，本市正式进入供暖季，各供热单位已完成设备检修。

        货车侧翻 无人受伤

        本报讯 昨天上午9时30分许，一辆货车在京藏高速侧翻，所幸无人受伤。

        社区夜校开课

        本报讯 昨晚，劲松街道社区夜校迎来首批学员。
    """)
    heating, lorry, school = page.articles
    assert (heating.dateline.date_text, heating.dateline.date) == ("11月15日零时", datetime.date(2024, 11, 15))
    assert [(b.name, b.role) for b in heating.bylines] == [("周明", "记者")]
    assert (lorry.dateline.source, lorry.dateline.date_text) == ("本报讯", "昨天上午9时30分许")
    assert (school.dateline.source, school.dateline.date_text) == ("本报讯", "昨晚")
    assert paragraphs(school) == ["本报讯 昨晚，劲松街道社区夜校迎来首批学员。"]


def test_a_cut_piece_opening_with_a_paragraph_opener_is_text_not_a_title() -> None:
    """`据介绍，阳` is short and unpunctuated at its end, but 据介绍， opens a paragraph;
    its rest, printed at the page's end, is found by the word it cuts (阳/光花园). The
    paragraph under the second article's section head shares words with the first
    article but is that section's opening, not a tail."""
    page = convert("""
        阳光花园完成综合改造

        记者 王丽

        本报讯 近日，桂花街道阳光花园综合改造工程通过验收，小区新增停车位120个。

        据介绍，阳

        金沙镇举办社区运动会

        记者 陈刚

        本报讯 10月8日，金沙镇第三届社区运动会在镇文体中心开幕。

        ■ 聚焦居民需求

        镇文体中心相关负责人表示，综合改造后的场地将向居民免费开放。

        光花园的改造项目于2022年3月启动，总投资约837万元，预计年底前全部完工。
    """)
    garden, games = page.articles
    assert paragraphs(garden) == ["本报讯 近日，桂花街道阳光花园综合改造工程通过验收，小区新增停车位120个。",
                                  "据介绍，阳光花园的改造项目于2022年3月启动，总投资约837万元，预计年底前全部完工。"]
    assert [(block.type, block.text) for block in games.body] == [
        ("paragraph", "本报讯 10月8日，金沙镇第三届社区运动会在镇文体中心开幕。"),
        ("heading", "聚焦居民需求"),
        ("paragraph", "镇文体中心相关负责人表示，综合改造后的场地将向居民免费开放。")]
    assert not page.warnings


def test_a_number_cut_by_a_column_jump_is_rejoined() -> None:
    page = convert("""
        义诊进社区

        本报讯 5月8日，区卫健委在长乐坊开展义诊活动，并发放宣传资料22

        老人学用智能手机

        记者 李华

        本报讯 昨天，30余名老人在社区学校学习使用智能手机。

        00余份。现场还为老年居民测量了血压。
    """)
    clinic, phones = page.articles
    assert paragraphs(clinic) == ["本报讯 5月8日，区卫健委在长乐坊开展义诊活动，并发放宣传资料2200余份。"
                                  "现场还为老年居民测量了血压。"]
    assert paragraphs(phones) == ["本报讯 昨天，30余名老人在社区学校学习使用智能手机。"]


def test_a_headline_opening_with_a_continuing_character_between_byline_and_lead() -> None:
    """和 usually goes on with a sentence; between a byline and a dateline lead it opens a headline."""
    page = convert("""
        特约记者 孟远丽 通讯员 余平玉
        和平新村长者照护之家正式启用
        本报讯 7月28日上午，和平新村长者照护之家正式启用，首批30位老人入住。
    """)
    (article,) = page.articles
    assert article.headline == "和平新村长者照护之家正式启用"
    assert [(b.name, b.role) for b in article.bylines] == [("孟远丽", "特约记者"), ("余平玉", "通讯员")]
    assert paragraphs(article) == ["本报讯 7月28日上午，和平新村长者照护之家正式启用，首批30位老人入住。"]


def test_a_title_shaped_piece_heading_nothing_takes_the_tail_that_finishes_its_word() -> None:
    """`不少青少年表示，文明养犬与日常生` is short enough for a title but heads nothing
    (a credit follows); the paragraph at the page's end finishes its word (生/活)."""
    page = convert("""
        文明养犬宣传周启动

        本报讯 5月11日上午，文明养犬宣传周在梅园街道正式启动。

        不少青少年表示，文明养犬与日常生

        （综合自：区体育中心微信公众号）

        金沙镇举办社区运动会

        记者 陈刚

        本报讯 10月8日，金沙镇第三届社区运动会在镇文体中心开幕。

        活息息相关，希望类似活动能够常态化开展。
    """)
    dogs, games = page.articles
    assert dogs.headline == "文明养犬宣传周启动"
    assert paragraphs(dogs) == ["本报讯 5月11日上午，文明养犬宣传周在梅园街道正式启动。",
                                "不少青少年表示，文明养犬与日常生活息息相关，希望类似活动能够常态化开展。"]
    assert dogs.credits == ["综合自：区体育中心微信公众号"]
    assert paragraphs(games) == ["本报讯 10月8日，金沙镇第三届社区运动会在镇文体中心开幕。"]


def test_any_paper_s_reporters_and_page_label() -> None:
    page = convert("""
        南方日报
        A05 广东新闻

        深圳前海：打造高水平对外开放门户枢纽

        文/图 南方日报记者 李明 通讯员 王芳 特约撰稿人 陈静

        日前，记者走进深圳前海深港现代服务业合作区，只见高楼林立，一派繁忙景象。

        前海合作区夜景。 李明 摄
    """)
    (article,) = page.articles
    assert titles(article) == (None, "深圳前海：打造高水平对外开放门户枢纽", None)
    assert [(b.name, b.role) for b in article.bylines] == [("李明", "文/图 南方日报记者"), ("王芳", "通讯员"),
                                                            ("陈静", "特约撰稿人")]
    assert captions(article) == [("前海合作区夜景。", "李明")]
    assert page.furniture == ["南方日报", "A05 广东新闻"]


def test_a_slashed_role_with_its_colon_is_a_byline() -> None:
    page = convert("""
        老街巷里的新书房

        文／图：王小明

        本报讯 近日，位于老街巷深处的社区书房正式开放，吸引了不少居民前来阅读。
    """)
    (article,) = page.articles
    assert titles(article) == (None, "老街巷里的新书房", None)
    assert [(b.name, b.role) for b in article.bylines] == [("王小明", "文／图")]


def test_a_role_barred_from_its_name_by_the_ideograph_bar_and_the_pictures_and_text_role() -> None:
    page = convert("""
        老街巷里的新书房

        文丨王小明 图丨李华

        本报讯 近日，位于老街巷深处的社区书房正式开放，吸引了不少居民前来阅读。

        口袋公园添新绿

        图文：陈晨

        本报讯 今年以来，全区新建改建口袋公园12座。
    """)
    library, park = page.articles
    assert [(b.name, b.role) for b in library.bylines] == [("王小明", "文"), ("李华", "图")]
    assert [(b.name, b.role) for b in park.bylines] == [("陈晨", "图文")]
    assert (library.subheadline, park.subheadline) == (None, None)


def test_a_short_line_printed_tight_under_a_comma_goes_on_with_the_sentence() -> None:
    page = convert("""
        代表热议政府工作报告

        ■本报记者 陈静

        今天上午，十四届全国人大二次会议开幕。

        全国人大代表表示，报告提出的各项目标任务，
        为上海
        进一步推动高质量发展指明了方向。
    """)
    (article,) = page.articles
    assert paragraphs(article)[-1] == "全国人大代表表示，报告提出的各项目标任务，为上海进一步推动高质量发展指明了方向。"


def test_a_title_block_after_a_body_under_a_lone_byline_is_its_head() -> None:
    page = convert("""
        ■本报记者 陈静

        今天上午，十四届全国人大二次会议在人民大会堂开幕。

        代表们表示，报告实事求是、催人奋进。

        代表委员热议政府工作报告
        坚定信心 实干争先
    """)
    (article,) = page.articles
    assert titles(article) == (None, "代表委员热议政府工作报告", "坚定信心 实干争先")
    assert [(b.name, b.role) for b in article.bylines] == [("陈静", "本报记者")]
    assert paragraphs(article) == ["今天上午，十四届全国人大二次会议在人民大会堂开幕。",
                                   "代表们表示，报告实事求是、催人奋进。"]
    assert "moved_title_block" in {repair.kind for repair in article.repairs}


def test_any_paper_s_dispatch_formula_group_reporters_and_bare_source_note() -> None:
    page = convert("""
        新京报
        2024年5月20日 星期一

        北京今夏将新增30处城市休闲公园

        中青报·中青网记者 王林 实习生 李雪

        新京报讯（记者 张三 通讯员 李四）5月19日，记者从北京市园林绿化局获悉，今年夏天，北京将新建30处公园。

        据介绍，这些公园主要分布在朝阳、海淀等区。

        图片来源：视觉中国

        编辑 王五 校对 赵六
    """)
    (article,) = page.articles
    assert article.headline == "北京今夏将新增30处城市休闲公园"
    assert [(b.name, b.role) for b in article.bylines] == [
        ("王林", "中青报·中青网记者"), ("李雪", "实习生"), ("张三", "记者"), ("李四", "通讯员")]
    dateline = article.dateline
    assert (dateline.source, dateline.place, dateline.date_text, dateline.date) == (
        "新京报讯", None, "5月19日", datetime.date(2024, 5, 19))
    assert paragraphs(article) == ["新京报讯 5月19日，记者从北京市园林绿化局获悉，今年夏天，北京将新建30处公园。",
                                   "据介绍，这些公园主要分布在朝阳、海淀等区。"]
    assert article.credits == ["图片来源：视觉中国"]
    assert page.furniture == ["新京报", "2024年5月20日 星期一", "编辑 王五 校对 赵六"]


def test_a_data_source_note_is_a_credit_and_a_related_link_box_a_section_of_its_article() -> None:
    page = convert("""
        我国粮食产量再创新高

        本报北京12月12日电  （记者郁静娴）国家统计局12日发布公告，全国粮食总产量14130亿斤。

        专家表示，粮食产量再创新高，为稳物价、保民生提供了有力支撑。

        数据来源：国家统计局

        相关链接

        今年以来，各地大力推进高标准农田建设，全年新建高标准农田8000万亩。
    """)
    (article,) = page.articles
    assert article.headline == "我国粮食产量再创新高"
    assert article.credits == ["数据来源：国家统计局"]
    assert [(block.type, block.text[:4]) for block in article.body] == [
        ("paragraph", "本报北京"), ("paragraph", "专家表示"), ("heading", "相关链接"), ("paragraph", "今年以来")]


def test_a_filed_dispatch_ending_in_xun() -> None:
    page = convert("""
        一季度我国外贸进出口同比增长5%

        本报北京4月12日讯 海关总署最新数据显示，今年一季度，我国货物贸易进出口同比增长5%。
    """)
    dateline = page.articles[0].dateline
    assert (dateline.source, dateline.place, dateline.date_text) == ("本报", "北京", "4月12日")


def test_an_end_mark_closes_the_story_and_an_agency_sent_photo_is_credited_to_its_photographer() -> None:
    page = convert("""
        我国成功发射新一代气象卫星

        新华社酒泉6月1日电 6月1日10时，我国在酒泉卫星发射中心成功将风云三号G星发射升空。

        这次任务是长征系列运载火箭的第470次飞行。（完）

        6月1日，运载火箭在酒泉卫星发射中心点火升空。（新华社发 汪江波 摄）

        城市更新让老街区焕发新生机

        本报记者 周洁

        老城区改造是城市更新的重要内容。
    """)
    first, second = page.articles
    assert paragraphs(first)[-1] == "这次任务是长征系列运载火箭的第470次飞行。（完）"
    assert captions(first) == [("6月1日，运载火箭在酒泉卫星发射中心点火升空。", "汪江波")]
    assert second.headline == "城市更新让老街区焕发新生机"
    assert paragraphs(second) == ["老城区改造是城市更新的重要内容。"]


def test_a_reporter_named_in_the_lead_with_what_they_did() -> None:
    page = convert("""
        一季度我国外贸进出口同比增长5%

        本报讯 记者冯其予报道：海关总署最新数据显示，今年一季度，我国货物贸易进出口同比增长5%。
    """)
    (article,) = page.articles
    assert [(b.name, b.role) for b in article.bylines] == [("冯其予", "记者 报道")]
    assert paragraphs(article) == ["本报讯 海关总署最新数据显示，今年一季度，我国货物贸易进出口同比增长5%。"]
    assert "moved_reporter_note" in {repair.kind for repair in article.repairs}


def test_a_couplet_kicker_and_its_headline_printed_on_one_line() -> None:
    page = convert("""
        坚持人民至上 办好民生实事 “加装电梯”课堂开进杏花里小区

        本报讯 5月8日上午，加装电梯协调会在杏花里小区举行。

        学党史为师铸魂 守初心为国育才

        本报讯 4月28日，系列活动启动仪式在上海市位育中学举行。
    """)
    first, second = page.articles
    assert titles(first) == ("坚持人民至上 办好民生实事", "“加装电梯”课堂开进杏花里小区", None)
    assert titles(second) == (None, "学党史为师铸魂 守初心为国育才", None)


def test_jump_lines_glued_to_the_text_are_furniture_and_the_sentence_is_rejoined() -> None:
    page = convert("""
        坚持绿色发展 建设美丽城区

        本报讯 近日，区政府召开会议。会议指出，要坚持绿色发展理念，（下转第2版）

        （上接第1版）持续改善生态环境质量。
    """)
    (article,) = page.articles
    assert paragraphs(article) == ["本报讯 近日，区政府召开会议。会议指出，要坚持绿色发展理念，持续改善生态环境质量。"]
    assert page.furniture == ["（下转第2版）", "（上接第1版）"]


def test_a_paragraph_hard_wrapped_at_the_column_width_reads_as_one() -> None:
    page = convert("""
        广州南沙打造合作示范窗口

        记者 黄思远

        本报讯 4月17日，南沙区负责人表示，将持续优化营商环境
        ，为企业发展提供全方位服务。近年来，南沙
        区加快构建现代化产业体系，集成电路、人工
        智能等战略性新兴产业加速集聚。
    """)
    (article,) = page.articles
    assert paragraphs(article) == ["本报讯 4月17日，南沙区负责人表示，将持续优化营商环境，为企业发展提供全方位服务。"
                                   "近年来，南沙区加快构建现代化产业体系，集成电路、人工智能等战略性新兴产业加速集聚。"]


def test_a_headline_opening_with_a_continuing_character_after_a_finished_paragraph() -> None:
    page = convert("""
        阳光花园社区食堂开业

        本报讯 日前，阳光花园社区食堂正式开业。

        和平新村百姓健身房正式启用

        本报讯 12月1日，和平新村百姓健身房正式启用。
    """)
    assert [article.headline for article in page.articles] == ["阳光花园社区食堂开业", "和平新村百姓健身房正式启用"]


def test_a_headline_fragment_opening_with_a_continuing_character_stays_in_its_headline() -> None:
    page = convert("""
        社区书房成
        了居民的“
        第二客厅”

        由区文化馆主办的无偿献血活动在梅园街道正式启动。
    """)
    (article,) = page.articles
    assert titles(article) == (None, "社区书房成了居民的“第二客厅”", None)
    assert paragraphs(article) == ["由区文化馆主办的无偿献血活动在梅园街道正式启动。"]


def test_markdown_quote_list_and_break_marks_and_an_editor_s_note_above_the_lead() -> None:
    page = convert("""
        # 人民日报

        ---

        ## 推动高质量发展取得新成效

        **本报记者 王浩**

        > 编者按：今年以来，各地区各部门认真贯彻落实党中央决策部署。

        **本报北京6月11日电** 记者从国家发展改革委获悉，今年以来，经济运行整体回升向好。

        * 一是扩大有效投资；
        * 二是促进消费恢复。
    """)
    (article,) = page.articles
    assert article.headline == "推动高质量发展取得新成效"
    assert [(b.name, b.role) for b in article.bylines] == [("王浩", "本报记者")]
    assert (article.dateline.source, article.dateline.place) == ("本报", "北京")
    assert paragraphs(article) == ["编者按：今年以来，各地区各部门认真贯彻落实党中央决策部署。",
                                   "本报北京6月11日电 记者从国家发展改革委获悉，今年以来，经济运行整体回升向好。",
                                   "一是扩大有效投资；", "二是促进消费恢复。"]  # a list's points
    assert page.furniture == ["人民日报", "---"]


def test_a_bracketed_dispatch_formula_on_a_traditional_page() -> None:
    page = convert("""
        特區政府推新措施支援中小企

        【本報訊】記者陳大文報道：特區政府昨日宣佈推出新一輪支援中小企業措施。
    """)
    (article,) = page.articles
    assert article.dateline.source == "本報訊"
    assert [(b.name, b.role) for b in article.bylines] == [("陳大文", "記者 報道")]
    assert paragraphs(article) == ["【本報訊】 特區政府昨日宣佈推出新一輪支援中小企業措施。"]


def test_a_cut_piece_under_a_section_head_when_the_rest_opens_with_a_fragment() -> None:
    page = convert("""
        社区服务有了新变化

        本报讯 日前，长乐坊的便民服务站正式投入使用。

        加强宣传引导

        在长乐坊的儿童友好空间


        里，青少年可以参加合唱排练、健康讲座等活动。
    """)
    (article,) = page.articles
    assert [(block.type, block.text) for block in article.body] == [
        ("paragraph", "本报讯 日前，长乐坊的便民服务站正式投入使用。"),
        ("heading", "加强宣传引导"),
        ("paragraph", "在长乐坊的儿童友好空间里，青少年可以参加合唱排练、健康讲座等活动。")]


def test_a_picture_credited_to_its_provider() -> None:
    page = convert("""
        城市更新让老街区焕发新生机

        本报讯 近日，老城区改造项目全面启动。

        改造后的老街区。 视觉中国供图
    """)
    (article,) = page.articles
    assert captions(article) == [("改造后的老街区。", "视觉中国")]


def test_taiwan_bylines_saying_where_they_filed_and_photo_credits_labelled_as_the_photo_s() -> None:
    page = convert("""
        聯合報 A6版 生活

        北市公車
        明年起全面電動化

        記者王小明／台北報導

        台北市公共運輸處昨天宣布，明年起新購公車將全面採用電動車。

        電動公車停靠在公車總站。圖／台北市公運處提供

        颱風外圍環流影響
        東半部慎防豪雨

        記者李大華／綜合報導

        中央氣象署表示，今明兩天東半部地區有局部大雨發生的機率。

        氣象署人員說明颱風動態。

        圖／記者陳建國攝
    """)
    bus, typhoon = page.articles
    assert page.publication.name == "聯合報"
    assert (bus.headline, bus.subheadline) == ("北市公車 明年起全面電動化", None)  # one headline in two lines
    assert [(b.name, b.role) for b in bus.bylines] == [("王小明", "記者 報導")]
    assert bus.dateline is not None and bus.dateline.place == "台北"
    assert captions(bus) == [("電動公車停靠在公車總站。", "台北市公運處")]
    assert (typhoon.kicker, typhoon.headline) == (None, "颱風外圍環流影響")
    assert [(b.name, b.role) for b in typhoon.bylines] == [("李大華", "記者 綜合報導")]
    assert captions(typhoon) == [("氣象署人員說明颱風動態。", "陳建國")]


def test_special_and_round_bracketed_dispatch_formulas_a_masthead_with_its_page_and_a_file_photo() -> None:
    page = convert("""
        明報 A8 港聞 2026年11月21日 星期六

        施政報告公布多項新措施

        【明報專訊】特區政府昨日公布施政報告，推出多項房屋及醫療措施。

        行政長官在立法會發表施政報告。（資料圖片）

        老城区焕新颜

        （本报讯）日前，老城区改造项目全面完工。
    """)
    policy, old_town = page.articles
    assert (policy.headline, policy.dateline.source) == ("施政報告公布多項新措施", "明報專訊")
    assert paragraphs(policy) == ["【明報專訊】特區政府昨日公布施政報告，推出多項房屋及醫療措施。"]
    assert captions(policy) == [("行政長官在立法會發表施政報告。（資料圖片）", None)]
    assert (page.publication.name, page.furniture) == ("明報", ["明報A8港聞 2026年11月21日 星期六"])
    assert (old_town.dateline.source, old_town.dateline.date_text) == ("本报讯", "日前")


def test_a_page_header_of_name_date_and_page_and_all_media_reporters() -> None:
    page = convert("""
        广州日报 2026年11月21日 A7 广州
        花城广场夜景灯光秀本周末上演
        广州日报讯（全媒体记者 李明 融媒体记者 张华）本周末花城广场将举行灯光秀，市民可前往观赏。
    """)
    (article,) = page.articles
    assert (page.publication.name, page.publication.date.isoformat()) == ("广州日报", "2026-11-21")
    assert page.furniture == ["广州日报 2026年11月21日A7广州"]
    assert article.headline == "花城广场夜景灯光秀本周末上演"
    assert [(b.name, b.role) for b in article.bylines] == [("李明", "全媒体记者"), ("张华", "融媒体记者")]


def test_a_page_header_of_name_date_and_page_number_alone_is_furniture() -> None:
    page = convert("""
        钱江晚报  2024年11月22日  A3
        西湖边新添一批智慧公厕
        本报讯 近日，杭州西湖景区新添一批智慧公厕，游客可通过手机查看空余厕位。
    """)
    (article,) = page.articles
    assert (page.publication.name, page.publication.date.isoformat()) == ("钱江晚报", "2024-11-22")
    assert page.furniture == ["钱江晚报  2024年11月22日  A3"]
    assert (article.kicker, article.headline) == (None, "西湖边新添一批智慧公厕")


def test_a_list_s_points_under_a_paragraph_are_paragraphs_not_a_title_block() -> None:
    page = convert("""
        社区食堂受欢迎

        记者 张明

        本报讯 近日，社区食堂正成为老年人就餐的好去处。负责人介绍了几项做法：

        ●菜品丰富，价格实惠

        ●营养搭配，少油少盐

        一位老人说：“在这里吃饭，又实惠又放心。”

        垃圾分类进小区

        记者 李华

        本报讯 本月起，全市新增500个示范小区。下一步将做好三件事：

        1.完善分类设施
        2.加强宣传引导
        （三）强化执法检查

        据介绍，示范小区将在年底前完成验收。
    """)
    canteen, sorting = page.articles
    assert paragraphs(canteen) == ["本报讯 近日，社区食堂正成为老年人就餐的好去处。负责人介绍了几项做法：",
                                   "菜品丰富，价格实惠", "营养搭配，少油少盐",
                                   "一位老人说：“在这里吃饭，又实惠又放心。”"]
    assert (sorting.headline, sorting.bylines[0].name) == ("垃圾分类进小区", "李华")
    assert paragraphs(sorting)[1:] == ["1.完善分类设施", "2.加强宣传引导", "（三）强化执法检查",
                                       "据介绍，示范小区将在年底前完成验收。"]
    assert page.warnings == []  # a colon over a list leaves no paragraph open


def test_markdown_dash_list_points_and_bulleted_section_heads_between_paragraphs() -> None:
    page = convert("""
        ## 社区食堂“飘香”

        **本报记者 孙丽**

        近日，记者走访多个街道发现，社区食堂正成为老年人就餐的好去处。

        - 菜品丰富，价格实惠
        - 营养搭配，少油少盐

        ■ 错峰就餐

        食堂实行错峰就餐，并为行动不便的老人送餐上门。

        ■ 智慧结算

        刷脸即可结算，老人不必带现金。
    """)
    (article,) = page.articles
    assert titles(article) == (None, "社区食堂“飘香”", None)
    assert paragraphs(article)[1:3] == ["菜品丰富，价格实惠", "营养搭配，少油少盐"]
    assert [block.text for block in article.body if block.type == "heading"] == ["错峰就餐", "智慧结算"]


def test_a_hard_wrapped_line_ending_a_sentence_goes_on_when_it_fills_the_column() -> None:
    page = convert("""
        广州南沙打造合作示范窗口

        记者 黄思远

        本报讯 4月17日，广州南沙区举行重大项
        目集中签约仪式，共有32个项目签约落户。
        总投资超过500亿元。据介绍，此次签约项
        目涵盖先进制造、航运物流等领域。
        南沙区相关负责人表示，将持续优化营商环
        境，为企业发展提供全方位服务。
    """)
    (article,) = page.articles
    assert paragraphs(article) == [
        "本报讯 4月17日，广州南沙区举行重大项目集中签约仪式，共有32个项目签约落户。总投资超过500亿元。"
        "据介绍，此次签约项目涵盖先进制造、航运物流等领域。",  # a short last line ends the paragraph
        "南沙区相关负责人表示，将持续优化营商环境，为企业发展提供全方位服务。"]
    assert [repair.kind for repair in article.repairs].count("joined_wrapped_line") == 1


def test_paragraphs_indented_and_wrapped_and_a_short_indented_first_line() -> None:
    page = convert("""
        深化改革激发市场活力
        本报记者 王明
        　　本报北京11月19日电 国家发展改革委
        19日召开新闻发布会，介绍改革进展。
        　　据介绍，今年以来，全国新设经营主体
        保持较快增长，民间投资信心逐步恢复。
        　　走进江西赣州的一个村庄，一排排
        新房整齐划一，村民们正忙着采摘脐橙。
    """)
    (article,) = page.articles
    assert article.headline == "深化改革激发市场活力"
    assert paragraphs(article) == ["本报北京11月19日电 国家发展改革委19日召开新闻发布会，介绍改革进展。",
                                   "据介绍，今年以来，全国新设经营主体保持较快增长，民间投资信心逐步恢复。",
                                   "走进江西赣州的一个村庄，一排排新房整齐划一，村民们正忙着采摘脐橙。"]


def test_paragraphs_a_line_each_printed_tight_are_not_read_as_wrapped() -> None:
    # The lines cut mid-sentence differ in width: no column width, no full line to go on from.
    page = convert("""
        社区食堂开业
        本报讯 日前，阳光花园社区食堂正式开业，首日接待老人三百余人次，
        食堂提供早中晚三餐。
        食堂负责人介绍，菜品每周更新，价格比市场低两成，
        老人可刷社保卡结算。
        一位老人说，这里的饭菜合口味。
        据悉，全区今年将新建社区食堂十家，覆盖所有街道。
    """)
    (article,) = page.articles
    assert paragraphs(article) == ["本报讯 日前，阳光花园社区食堂正式开业，首日接待老人三百余人次，"
                                   "食堂提供早中晚三餐。",
                                   "食堂负责人介绍，菜品每周更新，价格比市场低两成，老人可刷社保卡结算。",
                                   "一位老人说，这里的饭菜合口味。", "据悉，全区今年将新建社区食堂十家，覆盖所有街道。"]


def test_a_caption_s_credit_right_after_its_last_sentence_and_an_end_mark_on_its_own_line() -> None:
    page = convert("""
        冬季供暖全面启动

        新京报讯（记者 王佳）11月15日零时起，本市正式进入供暖季。

        11月15日，工作人员在热力站内巡检。新京报记者 浦峰 摄

        发言人表示，全市供热管网运行平稳。

        （完）
    """)
    (article,) = page.articles
    assert captions(article) == [("11月15日，工作人员在热力站内巡检。", "浦峰")]
    assert paragraphs(article)[-1] == "发言人表示，全市供热管网运行平稳。（完）"
    assert not [block for block in article.body if block.type == "heading"]


def test_a_paper_s_reporters_in_brackets_open_the_lead_and_correspondents_posted_abroad() -> None:
    page = convert("""
        日本多地出现罕见暖冬

        【环球时报驻日本特约记者 孙秀萍 环球时报记者 刘洋】日本气象厅19日发布数据显示，多地气温偏高。

        欧洲多国遭遇能源难题

        【环球时报综合报道】据路透社19日报道，欧洲多国天然气价格近期上涨。

        新华社驻东京记者 李明

        东京街头圣诞气氛渐浓

        近日，东京街头圣诞气氛渐浓。
    """)
    japan, europe, tokyo = page.articles
    assert [(b.name, b.role) for b in japan.bylines] == [("孙秀萍", "驻日本特约记者"), ("刘洋", "环球时报记者")]
    assert japan.dateline.source == "环球时报"
    assert paragraphs(japan) == ["【环球时报】日本气象厅19日发布数据显示，多地气温偏高。"]
    assert (europe.dateline.source, europe.dateline.place) == ("环球时报", None)  # 综合: no one place
    assert (tokyo.headline, [(b.name, b.role) for b in tokyo.bylines]) == ("东京街头圣诞气氛渐浓",
                                                                         [("李明", "新华社驻东京记者")])


def test_a_photo_above_the_page_s_first_headline_opens_that_article_and_the_lead_is_read_past_it() -> None:
    page = convert("""
        解放日报

        图为上海中心大厦夜景。本报记者 张海峰 摄

        浦江两岸灯光秀今晚上演

        本报讯 （记者 王军）今晚起，浦江两岸将上演灯光秀。
    """)
    (article,) = page.articles
    assert captions(article) == [("图为上海中心大厦夜景。", "张海峰")]
    assert [block.type for block in article.body] == ["caption", "paragraph"]
    assert (article.dateline.source, [b.name for b in article.bylines]) == ("本报讯", ["王军"])
    assert page.furniture == ["解放日报"]


def test_reporters_of_organisations_named_other_ways_and_datelines_filed_by_any_paper() -> None:
    page = convert("""
        新能源车企加速出海

        第一财经记者 王小明 上海报道

        今年以来，中国新能源车企加快了出海步伐。

        致敬一线记者

        □ 本报记者 张维 □ 本报通讯员 李晓明

        潇湘晨报11月21日讯 今年记者节，多位一线记者分享了采访故事。

        夜市经济点亮县城

        经济观察报 记者 钱程

        齐鲁晚报·齐鲁壹点记者 孙宁

        中国日报网北京11月21日电 夜市成为不少县城的新名片。
    """)
    cars, reporters, market = page.articles
    assert [(b.name, b.role) for b in cars.bylines] == [("王小明", "第一财经记者 报道")]
    assert cars.dateline is not None and cars.dateline.place == "上海"
    assert reporters.headline == "致敬一线记者"  # a branded role names someone, or it is no byline
    assert [(b.name, b.role) for b in reporters.bylines] == [("张维", "本报记者"), ("李晓明", "本报通讯员")]
    assert (reporters.dateline.source, reporters.dateline.date_text) == ("潇湘晨报", "11月21日")
    assert [(b.name, b.role) for b in market.bylines] == [("钱程", "经济观察报 记者"),
                                                          ("孙宁", "齐鲁晚报·齐鲁壹点记者")]
    assert (market.dateline.source, market.dateline.place) == ("中国日报网", "北京")


def test_a_photo_item_after_an_article_is_an_item_of_its_own() -> None:
    page = convert("""
        多地探索涉企执法观察期

        本报记者 张维

        轻微违法首次不罚，已经成为不少地方优化营商环境的一项举措。

        图片新闻

        11月20日，民警在校园开展反诈宣传活动。 本报记者 王鹏 摄

        为群众办实事

        刘建国在基层司法所工作已有二十年。
    """)
    article, photo, profile = page.articles
    assert [block.type for block in article.body] == ["paragraph"]
    assert (photo.headline, captions(photo)) == ("图片新闻", [("11月20日，民警在校园开展反诈宣传活动。", "王鹏")])
    assert profile.headline == "为群众办实事"


def test_a_poem_s_lines_under_its_title_and_author_are_its_body() -> None:
    page = convert("""
        梧桐

        李华

        梧桐叶落满长街

        一片一片

        都是秋天写给城市的信

        我在窗前读了又读

        （作者系区作家协会会员）

        秋思
        □ 陈明
        枯藤老树昏鸦，
        小桥流水人家，
        古道西风瘦马。
        夕阳西下，
        断肠人在天涯。
    """)
    modern, classical = page.articles
    assert (modern.headline, [b.name for b in modern.bylines]) == ("梧桐", ["李华"])
    assert paragraphs(modern) == ["梧桐叶落满长街", "一片一片", "都是秋天写给城市的信", "我在窗前读了又读"]
    assert modern.credits == ["作者系区作家协会会员"]
    assert (classical.headline, [b.name for b in classical.bylines]) == ("秋思", ["陈明"])
    assert paragraphs(classical) == ["枯藤老树昏鸦，", "小桥流水人家，", "古道西风瘦马。",
                                     "夕阳西下，", "断肠人在天涯。"]
    assert page.furniture == []


def test_body_text_wrapped_in_a_narrow_column_under_a_byline_is_text_not_verse_or_titles() -> None:
    page = convert("""
        口袋公园开放

        本报记者 张三

        社区里新建的口袋公园
        今年夏天正式开放每天
        清晨都有居民在这里锻
        炼身体。
    """)
    (article,) = page.articles
    assert (article.headline, [b.name for b in article.bylines]) == ("口袋公园开放", ["张三"])
    assert paragraphs(article) == ["社区里新建的口袋公园今年夏天正式开放每天清晨都有居民在这里锻炼身体。"]


def test_an_interview_s_short_question_is_body_text_not_a_section_head() -> None:
    page = convert("""
        让更多老人享受家门口的养老服务

        ——访区民政局局长陈红

        本报记者 刘坤

        记者：近年来，我区在社区养老方面做了哪些探索？

        陈红：目前已建成社区综合为老服务中心23家。

        记者：下一步有什么打算？

        陈红：明年我们将重点推进家庭照护床位建设。
    """)
    (article,) = page.articles
    assert article.subheadline == "——访区民政局局长陈红"
    assert paragraphs(article)[2] == "记者：下一步有什么打算？"
    assert not [block for block in article.body if block.type == "heading"]


def test_picture_credits_end_their_article_and_a_title_after_a_closing_byline_is_no_section_head() -> None:
    page = convert("""
        小小茶叶富了一方百姓

        本报记者 王浩

        初冬时节，走进福建安溪县的茶园，茶农们正忙着修剪茶树。

        制图：张丹峰

        让绿色成为发展底色

        良好的生态环境是最普惠的民生福祉。

        本報訊 5月20日，特區政府宣佈推出新一輪支援中小企業措施。

        記者 陳大文

        政府支援中小企 推新措施

        財政司司長表示，新措施將惠及逾三萬家企業。
    """)
    tea, green, support = page.articles
    assert [(b.name, b.role) for b in tea.bylines] == [("王浩", "本报记者"), ("张丹峰", "制图")]
    assert (green.headline, paragraphs(green)) == ("让绿色成为发展底色", ["良好的生态环境是最普惠的民生福祉。"])
    # A headless article's title, printed after its closing byline, is its headline.
    assert (support.headline, [b.name for b in support.bylines]) == ("政府支援中小企 推新措施", ["陳大文"])
    assert paragraphs(support)[1] == "財政司司長表示，新措施將惠及逾三萬家企業。"


def test_pages_run_together_repeat_their_masthead_and_a_reporter_set_apart_by_spaces_is_a_byline() -> None:
    page = convert("""
        徐汇报
        2024年10月21日 星期一

        老旧小区加装电梯提速

        本报讯 记者 刘坤 近日，徐家汇街道又有3台加装电梯投入使用。

        徐汇报
        2024年10月21日 星期一

        社区书房成了居民的“第二客厅”

        本报讯 记者 近日 走访了龙华街道社区书房。
    """)
    lifts, books = page.articles
    assert [(b.name, b.role) for b in lifts.bylines] == [("刘坤", "记者")]
    assert paragraphs(lifts) == ["本报讯 近日，徐家汇街道又有3台加装电梯投入使用。"]
    assert page.furniture == ["徐汇报", "2024年10月21日 星期一", "徐汇报", "2024年10月21日 星期一"]
    assert (books.bylines, paragraphs(books)) == ([], ["本报讯 记者 近日 走访了龙华街道社区书房。"])  # 近日 is no name


def test_a_reporter_note_whose_bracket_is_never_closed_stays_text() -> None:
    (article,) = convert("""
        旧改项目加速推进

        广州日报讯（全媒体记者 黄敏 通讯员 陈
    """).articles
    assert (article.bylines, paragraphs(article)) == ([], ["广州日报讯（全媒体记者 黄敏 通讯员 陈"])


def test_markdown_tables_rows_are_body_lines_as_printed_and_single_star_emphasis_is_dropped() -> None:
    page = convert("""
        ## 老旧小区加装电梯提速

        **本报讯** 近日，徐家汇街道又有3台加装电梯投入使用。

        *图为新投入使用的加装电梯。 刘坤 摄*

        ### 各街道完成数量

        | 街道 | 数量 |
        | --- | :---: |
        | 徐家汇 | 12 |

        居民们纷纷表示，加装电梯让出行方便多了。
    """)
    (article,) = page.articles
    assert captions(article) == [("图为新投入使用的加装电梯。", "刘坤")]
    assert [(block.type, block.text) for block in article.body[2:]] == [
        ("heading", "各街道完成数量"), ("paragraph", "| 街道 | 数量 |"), ("paragraph", "| 徐家汇 | 12 |"),
        ("paragraph", "居民们纷纷表示，加装电梯让出行方便多了。")]
    assert page.furniture == ["| --- | :---: |"]


def test_other_papers_page_furniture_dates_numbers_hotlines_and_staff() -> None:
    page = convert("""
        A2
        新民晚报
        2026-11-22
        总第12345号  今日16版

        老旧小区加装电梯提速

        本报讯 近日，徐家汇街道又有3台加装电梯投入使用。

        咨询热线：64871234

        社长：张三 总编辑：李四
        值班编辑 王五  图片编辑：赵六
        新闻热线：96500  版权所有 翻印必究
    """)
    (article,) = page.articles
    assert paragraphs(article)[-1] == "咨询热线：64871234"  # an article's own hotline is its text
    assert page.publication.model_dump(exclude_none=True) == {
        "name": "新民晚报", "date": datetime.date(2026, 11, 22), "issue_total": 12345}
    assert page.furniture == ["A2", "新民晚报", "2026-11-22", "总第12345号  今日16版", "社长：张三 总编辑：李四",
                              "值班编辑 王五  图片编辑：赵六", "新闻热线：96500  版权所有 翻印必究"]


def test_captions_whose_credit_names_the_photo_s_agency_kind_or_source_are_not_paragraphs() -> None:
    # Each line ends as no sentence does, and was glued to the next as a cut paragraph.
    page = convert("""
        海河沿线新添12处亲水平台

        本报讯 近日，海河沿线新添12处亲水平台，市民可近距离亲水。

        市民在亲水平台上休闲。 张三 摄（视觉中国）

        游客在平台拍照。图：视觉中国

        平台夜景。（图片来源：东方IC）

        旧时的河岸。 王五 摄（资料图片）

        夜跑的市民。（图片由区体育局提供）

        据介绍，平台已全部开放。
    """)
    (article,) = page.articles
    assert captions(article) == [("市民在亲水平台上休闲。", "张三（视觉中国）"), ("游客在平台拍照。", "视觉中国"),
                                 ("平台夜景。", "东方IC"), ("旧时的河岸。", "王五（资料图片）"),
                                 ("夜跑的市民。", "区体育局")]
    assert paragraphs(article) == ["本报讯 近日，海河沿线新添12处亲水平台，市民可近距离亲水。",
                                   "据介绍，平台已全部开放。"]
    assert article.credits == []


def test_the_end_of_a_cut_paragraph_over_a_photo_credit_is_not_its_caption() -> None:
    (article,) = convert("""
        北市公交明年起全面电动化

        本报讯 台北市公交明年起将全面电动化。

        交通局长表示，电动公交可减少碳排放，也能降低噪音
        ，提升乘车品质。

        图／台北市公运处提供
    """).articles
    assert paragraphs(article) == ["本报讯 台北市公交明年起将全面电动化。",
                                   "交通局长表示，电动公交可减少碳排放，也能降低噪音，提升乘车品质。"]
    assert captions(article) == [("", "台北市公运处")]


def test_a_caption_credited_to_a_source_after_the_photo_s_label() -> None:
    page = convert("""
        秋日银杏美如画

        本报讯 近日，徐家汇公园的银杏叶开始泛黄。

        市民在银杏树下拍照留念。图/视觉中国

        据介绍，最佳观赏期将持续到12月上旬。
    """)
    (article,) = page.articles
    assert captions(article) == [("市民在银杏树下拍照留念。", "视觉中国")]
    assert paragraphs(article) == ["本报讯 近日，徐家汇公园的银杏叶开始泛黄。", "据介绍，最佳观赏期将持续到12月上旬。"]


def test_a_note_printed_with_a_photo_or_a_byline_above_the_first_headline_goes_on_with_them() -> None:
    page = convert("""
        图为上海中心大厦夜景。本报记者 张海峰 摄

        （作者系区摄影家协会会员）

        浦江两岸灯光秀今晚上演

        本报讯 今晚起，浦江两岸将上演灯光秀。
    """)
    (article,) = page.articles
    assert captions(article) == [("图为上海中心大厦夜景。", "张海峰")]
    assert article.credits == ["作者系区摄影家协会会员"]


def test_a_column_s_name_over_its_first_item_is_the_kicker() -> None:
    page = convert("""
        【简讯】

        徐家汇街道举办消防演练

        本报讯 11月18日，徐家汇街道在港汇广场举行消防演练，200余名商户参加。

        龙华街道开展义诊活动

        本报讯 11月19日，龙华街道社区卫生服务中心走进龙华新村开展义诊活动。
    """)
    first, second = page.articles
    assert titles(first) == ("【简讯】", "徐家汇街道举办消防演练", None)
    assert titles(second) == (None, "龙华街道开展义诊活动", None)


def test_paragraphs_run_into_one_line_are_set_apart_at_their_indent() -> None:
    page = convert("""
        老旧小区加装电梯提速

        本报讯 近日，徐家汇街道又有3台加装电梯投入使用。　　据介绍，今年已完成12台。　　“真方便！”居民说。
    """)
    (article,) = page.articles
    assert paragraphs(article) == ["本报讯 近日，徐家汇街道又有3台加装电梯投入使用。", "据介绍，今年已完成12台。",
                                   "“真方便！”居民说。"]
    assert [repair.kind for repair in article.repairs] == ["split_run_in_paragraph"] * 2


def test_each_item_of_a_briefs_column_is_an_article_of_its_own() -> None:
    page = convert("""
        快讯

        ■区领导调研重点项目建设
        11月20日，区领导赴马桥镇调研重点项目建设情况。

        ■社区运动会开幕
        11月19日，2026年社区运动会在莘庄镇开幕，2000余名居民参加。

        ■垃圾分类宣传进校园 日前，区绿化市容局开展垃圾分类宣传进校园活动，共发放宣传册3000余份。
        ■数字乡村论坛举行 来自全国各地的300余名代表参加论坛，围绕数字乡村建设展开交流。
    """)
    first, second, third, fourth = page.articles
    assert titles(first) == ("快讯", "区领导调研重点项目建设", None)
    assert paragraphs(first) == ["11月20日，区领导赴马桥镇调研重点项目建设情况。"]
    assert titles(second) == (None, "社区运动会开幕", None)
    assert paragraphs(second) == ["11月19日，2026年社区运动会在莘庄镇开幕，2000余名居民参加。"]
    # The headline run in with its text on one line is set apart.
    assert titles(third) == (None, "垃圾分类宣传进校园", None)
    assert paragraphs(third) == ["日前，区绿化市容局开展垃圾分类宣传进校园活动，共发放宣传册3000余份。"]
    assert [repair.kind for repair in third.repairs] == ["split_run_in_headline"]
    # Printed one under another, such items are no list.
    assert titles(fourth) == (None, "数字乡村论坛举行", None)
    assert paragraphs(fourth) == ["来自全国各地的300余名代表参加论坛，围绕数字乡村建设展开交流。"]


def test_a_briefs_column_named_for_its_beat_is_a_briefs_column() -> None:
    page = convert("""
        社区简讯

        ■枫林街道开展消防演练 11月20日，枫林街道开展消防应急演练，200余名居民参与。

        ■田林街道举办敬老活动 近日，田林街道为辖区80岁以上老人送去慰问品。
    """)
    first, second = page.articles
    assert titles(first) == ("社区简讯", "枫林街道开展消防演练", None)
    assert paragraphs(first) == ["11月20日，枫林街道开展消防应急演练，200余名居民参与。"]
    assert titles(second) == (None, "田林街道举办敬老活动", None)
    assert paragraphs(second) == ["近日，田林街道为辖区80岁以上老人送去慰问品。"]


def test_marked_heads_outside_a_briefs_column_stay_section_heads() -> None:
    page = convert("""
        社区治理有了新抓手

        本报讯 近日，徐家汇街道推出社区治理新举措。

        ■ 建设平安城区 强化法治保障 街道坚持党建引领，提升基层治理能级。

        ■ 11月20日 街道召开推进会，部署下一阶段工作。
    """)
    (article,) = page.articles
    assert [block.text for block in article.body if block.type == "heading"] == ["建设平安城区 强化法治保障"]
    assert paragraphs(article) == ["本报讯 近日，徐家汇街道推出社区治理新举措。",
                                   "街道坚持党建引领，提升基层治理能级。",
                                   "11月20日 街道召开推进会，部署下一阶段工作。"]


def test_a_bracketed_byline_closes_its_article_and_a_late_title_block_heads_no_headed_article() -> None:
    page = convert("""
        ■“社区运动会”开幕
        本报讯 11月19日，2026年社区运动会在莘庄镇开幕。
        （通讯员 李明）

        ■垃圾分类宣传进校园
        日前，区绿化市容局开展垃圾分类宣传进校园活动。

        城市更新进行时①
        老小区装上了新电梯

        本报记者 赵敏
    """)
    first, second = page.articles
    assert titles(first) == (None, "“社区运动会”开幕", None)
    assert [(byline.name, byline.role) for byline in first.bylines] == [("李明", "通讯员")]
    assert titles(second) == (None, "垃圾分类宣传进校园", None)
    assert second.bylines == []
    # The page ends on another article's title block: its text is on another page.
    assert page.furniture == ["城市更新进行时①", "老小区装上了新电梯", "本报记者 赵敏"]


def test_a_lead_naming_its_reporter_without_a_formula_opens_an_article() -> None:
    page = convert("""
        老工业基地焕发新活力

        本报讯 近日，沈阳铁西区一批老企业在新赛道上跑出了加速度。

        数字乡村论坛举行

        本报记者 张华 报道：首届数字乡村论坛在杭州举行，300余名代表参加论坛。
    """)
    first, second = page.articles
    assert titles(second) == (None, "数字乡村论坛举行", None)
    assert [(byline.name, byline.role) for byline in second.bylines] == [("张华", "本报记者 报道")]
    assert second.dateline is None
    assert paragraphs(second) == ["首届数字乡村论坛在杭州举行，300余名代表参加论坛。"]
    assert [repair.kind for repair in second.repairs] == ["moved_reporter_note"]
    assert paragraphs(first) == ["本报讯 近日，沈阳铁西区一批老企业在新赛道上跑出了加速度。"]


def test_markdown_links_keep_their_text_and_a_link_alone_is_furniture() -> None:
    # An address in angle brackets stays as printed: a plain page may print one so.
    page = convert("""
        ## 徐汇区启动“一网通办”升级

        **本报讯** 11月20日，徐汇区启动[“一网通办”](https://zwdt.sh.gov.cn/ "一网通办")升级工作。

        详情请见<https://www.xuhui.gov.cn>。

        [阅读原文](https://www.xuhui.gov.cn/news/1.html)
    """)
    (article,) = page.articles
    assert paragraphs(article) == ["本报讯 11月20日，徐汇区启动“一网通办”升级工作。", "详情请见<https://www.xuhui.gov.cn>。"]
    assert page.furniture == ["[阅读原文](https://www.xuhui.gov.cn/news/1.html)"]


def test_a_series_name_joined_to_its_topic_over_the_headline_is_the_kicker() -> None:
    page = convert("""
        推动高质量发展·一线见闻
        老工业基地焕发新活力

        本报讯 近日，沈阳铁西区一批老企业在新赛道上跑出了加速度。

        新春走基层丨蹲点日记
        菜市场里的年味

        本报讯 春节临近，徐家汇菜市场里人头攒动。
    """)
    first, second = page.articles
    assert titles(first) == ("推动高质量发展·一线见闻", "老工业基地焕发新活力", None)
    assert titles(second) == ("新春走基层丨蹲点日记", "菜市场里的年味", None)


def test_a_briefs_column_goes_on_past_an_item_with_a_dateline_while_its_marks_do() -> None:
    page = convert("""
        简讯

        ■甲项目正式开工
        本报讯 11月20日，甲项目正式开工建设。

        ■丙会议召开
        本报讯 11月18日，丙会议召开，部署下一阶段工作。

        ■丁展览开幕
        11月17日，丁展览在区文化馆开幕，展出作品200余件。
    """)
    assert [titles(article) for article in page.articles] == [
        ("简讯", "甲项目正式开工", None), (None, "丙会议召开", None), (None, "丁展览开幕", None)]
    assert paragraphs(page.articles[2]) == ["11月17日，丁展览在区文化馆开幕，展出作品200余件。"]


def test_a_marked_briefs_label_over_items_running_their_headlines_in_with_a_colon() -> None:
    page = convert("""
        区域要闻速递

        本报讯 3月10日，某区召开重点项目推进会，会议部署了下一阶段的重点工作，要
        求各部门切实履行职责，抓好各项任务的落实，确保重点项目按期开工建设，按时
        完成。

        ■简讯
        ●南沙新区举行重点项目集中签约：此次签约项目共32个，总投资超过500亿元，涵盖先进制造等领域。
        ●佛山发布2024年民生实事清单：清单包括教育、医疗、养老等10个方面共30项实事，将于年内全部完成。
    """)
    first, second, third = page.articles
    # 简 is a surname, but a column's name names no one; bulleted items are no wrapped lines.
    assert first.bylines == []
    assert paragraphs(first) == ["本报讯 3月10日，某区召开重点项目推进会，会议部署了下一阶段的重点工作，"
                                 "要求各部门切实履行职责，抓好各项任务的落实，确保重点项目按期开工建设，按时完成。"]
    assert titles(second) == ("简讯", "南沙新区举行重点项目集中签约", None)
    assert paragraphs(second) == ["此次签约项目共32个，总投资超过500亿元，涵盖先进制造等领域。"]
    assert titles(third) == (None, "佛山发布2024年民生实事清单", None)
    assert paragraphs(third) == ["清单包括教育、医疗、养老等10个方面共30项实事，将于年内全部完成。"]
    assert [repair.detail for repair in third.repairs] == ["line 9: 佛山发布2024年民生实事清单： / 清单包括教育、医…"]


def test_a_colon_opens_no_run_in_headline_outside_a_briefs_column() -> None:
    page = convert("""
        食堂开进老旧小区

        本报讯 近日，社区食堂正式开业。食堂负责人介绍了几项做法：

        ●菜品丰富：每天供应二十多种菜品，荤素搭配。
        ●价格实惠：老人就餐可享受八折优惠，每餐不超过十五元。
    """)
    (article,) = page.articles
    assert paragraphs(article)[1:] == ["菜品丰富：每天供应二十多种菜品，荤素搭配。",
                                       "价格实惠：老人就餐可享受八折优惠，每餐不超过十五元。"]


def test_an_editors_note_above_a_title_block_introduces_the_article_below() -> None:
    page = convert("""
        社区食堂开进老旧小区

        本报讯 5月18日，首家社区食堂正式开业。

        编者按：城市更新，既要“面子”，更要“里子”。本报今起推出系列报道。

        城市更新·民生温度
        老楼加装电梯 居民上下楼不再难

        本报记者 周洁

        本报讯 今年以来，全区已完成老楼加装电梯120部。
    """)
    first, second = page.articles
    assert paragraphs(first) == ["本报讯 5月18日，首家社区食堂正式开业。"]
    assert titles(second) == ("城市更新·民生温度", "老楼加装电梯 居民上下楼不再难", None)
    assert paragraphs(second) == ["编者按：城市更新，既要“面子”，更要“里子”。本报今起推出系列报道。",
                                  "本报讯 今年以来，全区已完成老楼加装电梯120部。"]
    assert second.dateline is not None and second.dateline.source == "本报讯"
    assert [repair.kind for repair in second.repairs] == ["moved_editor_note"]


def test_a_bulleted_line_opens_a_paragraph_even_where_a_column_wraps_full_lines() -> None:
    page = convert("""
        重点项目推进会召开

        本报讯 3月10日，某区召开重点项目推进会，会议部署了下一阶段的重点工作，要
        求各部门切实履行职责，抓好各项任务的落实，确保重点项目按期开工建设，按时
        完成。

        一季度经济运行亮点
        本报记者 陈晓
        ●全区规模以上工业增加值同比增长百分之八点二，增速位居全市前列，好于预期。
        ●社会消费品零售总额同比增长百分之六点五，线上消费占比进一步提高，势头良好。
    """)
    assert paragraphs(page.articles[1]) == [
        "全区规模以上工业增加值同比增长百分之八点二，增速位居全市前列，好于预期。",
        "社会消费品零售总额同比增长百分之六点五，线上消费占比进一步提高，势头良好。"]


def test_credits_for_the_reporting_and_making_of_a_feature_are_bylines() -> None:
    page = convert("""
        着力扩大国内需求

        新华社北京3月5日电 政府工作报告提出，着力扩大国内需求。

        （新华社记者 张旭 参与采写）

        推动经济实现良性循环

        本报讯 报告提出，从增加收入、优化供给等方面综合施策。

        （参与采写：王浩、刘志强）
        策划：李明 统筹：赵敏
    """)
    first, second = page.articles
    assert [(byline.name, byline.role) for byline in first.bylines] == [("张旭", "新华社记者 参与采写")]
    assert [(byline.name, byline.role) for byline in second.bylines] == [
        ("王浩", "参与采写"), ("刘志强", "参与采写"), ("李明", "策划"), ("赵敏", "统筹")]
    assert paragraphs(second) == ["本报讯 报告提出，从增加收入、优化供给等方面综合施策。"]


def test_a_features_credits_naming_each_persons_role_after_a_colon_are_bylines() -> None:
    # What each did, a colon, then the reporter's role and name: 统筹：南都记者 陈静.
    (article,) = convert("""
        深圳地铁16号线二期开通

        南都讯 6月2日，深圳地铁16号线二期正式开通初期运营，全线设站8座。

        开通首日，不少市民专程前来体验。

        统筹：南都记者 陈静
        采写：南都记者王小明
        制图：林晓

        乘客在新开通的车站候车。南都记者 赵强 摄
    """).articles
    assert [(byline.name, byline.role) for byline in article.bylines] == [
        ("陈静", "统筹：南都记者"), ("王小明", "采写：南都记者"), ("林晓", "制图")]
    assert paragraphs(article) == ["南都讯 6月2日，深圳地铁16号线二期正式开通初期运营，全线设站8座。",
                                   "开通首日，不少市民专程前来体验。"]
    assert captions(article) == [("乘客在新开通的车站候车。", "赵强")]


def test_reporters_printed_without_spaces_and_datelines_dated_by_the_day_alone() -> None:
    page = convert("""
        杭州日报 2024年6月3日

        便民生活圈建设提速

        本报讯（记者朱敏通讯员王一）5日上午，西湖区发布便民生活圈建设三年行动方案。

        钱塘江畔新添城市书房

        新华社杭州1日电（记者 张 旭 通讯员 李 明）位于滨江区的城市书房正式开放。
    """)
    first, second = page.articles
    assert [(byline.name, byline.role) for byline in first.bylines] == [("朱敏", "记者"), ("王一", "通讯员")]
    assert paragraphs(first) == ["本报讯 5日上午，西湖区发布便民生活圈建设三年行动方案。"]
    # A day later than the issue's is of the month before.
    assert first.dateline is not None and first.dateline.date_text == "5日上午"
    assert first.dateline.date == datetime.date(2024, 5, 5)
    # A name spaced out by OCR is closed up, as is any run of Chinese characters.
    assert [(byline.name, byline.role) for byline in second.bylines] == [("张旭", "记者"), ("李明", "通讯员")]
    assert second.dateline is not None and (second.dateline.source, second.dateline.place) == ("新华社", "杭州")
    assert second.dateline.date == datetime.date(2024, 6, 1)


def test_more_bullet_marks_a_byline_under_a_double_circle_and_square_points() -> None:
    page = convert("""
        让古籍“活”起来
        ◎本报记者 王晓 实习生 李佳

        本报讯 近日，市图书馆古籍修复中心迎来一批年轻修复师。

        ▪ 修复一页纸要经过十多道工序
        ▪ 中心每年修复古籍约300册

        来源：新华社
    """)
    (article,) = page.articles
    assert titles(article) == (None, "让古籍“活”起来", None)
    assert [(byline.name, byline.role) for byline in article.bylines] == [("王晓", "本报记者"), ("李佳", "实习生")]
    assert paragraphs(article)[1:] == ["修复一页纸要经过十多道工序", "中心每年修复古籍约300册"]
    assert article.credits == ["来源：新华社"]


def test_columns_printed_side_by_side_are_read_one_after_the_other() -> None:
    page = convert("""
        社区食堂开进老旧小区                      老楼加装电梯提速
        本报记者 孙悦                              本报记者 周洁

        本报讯 5月18日，东城区首家社区食堂      本报讯 今年以来，西城区已完成老楼加
        正式开业，周边老人在家门口就能吃上      装电梯120部。
        热乎饭。                                    “以前下一次楼要歇好几回。”家住
        食堂负责人说，老人就餐可享受八折优      6楼的刘大爷说。
        惠。

                  城市书房实现街镇全覆盖

        本报讯 记者从区文旅局获悉，截至目前，全区已建成城市书房36家，实现街镇全覆盖。
    """)
    first, second, third = page.articles
    assert titles(first) == (None, "社区食堂开进老旧小区", None)
    assert [byline.name for byline in first.bylines] == ["孙悦"]
    assert paragraphs(first) == ["本报讯 5月18日，东城区首家社区食堂正式开业，周边老人在家门口就能吃上热乎饭。",
                                 "食堂负责人说，老人就餐可享受八折优惠。"]
    assert titles(second) == (None, "老楼加装电梯提速", None)
    assert [byline.name for byline in second.bylines] == ["周洁"]
    assert paragraphs(second) == ["本报讯 今年以来，西城区已完成老楼加装电梯120部。",
                                  "“以前下一次楼要歇好几回。”家住6楼的刘大爷说。"]
    # A headline set in the left half under both columns is read after them.
    assert titles(third) == (None, "城市书房实现街镇全覆盖", None)
    assert [repair.detail for repair in page.repairs if repair.kind == "split_side_by_side_columns"] == [
        "lines 1-8: two columns side by side at column 40, read one after the other"]


def test_a_right_hand_headline_starting_a_little_before_the_gutter_is_its_column_s() -> None:
    # Set in larger type, the headline's text starts two columns left of the body's gutter.
    page = convert("""
        老旧电梯更新提速                        社区食堂开进老小区

        本报讯 今年以来，我区加快推进老旧        本报讯 近日，位于康健街道的社区食堂
        住宅电梯更新改造，已完成更新120台。      正式开业，为周边老人提供午餐服务。
        据介绍，明年将再更新200台。              食堂每天供应菜品20余种。
    """)
    lifts, canteen = page.articles
    assert titles(lifts) == (None, "老旧电梯更新提速", None)
    assert paragraphs(lifts) == ["本报讯 今年以来，我区加快推进老旧住宅电梯更新改造，已完成更新120台。"
                                 "据介绍，明年将再更新200台。"]
    assert titles(canteen) == (None, "社区食堂开进老小区", None)
    assert paragraphs(canteen) == ["本报讯 近日，位于康健街道的社区食堂正式开业，为周边老人提供午餐服务。"
                                   "食堂每天供应菜品20余种。"]


def test_a_table_s_aligned_cells_are_no_columns() -> None:
    page = convert("""
        名称                  地址                    电话
        区图书馆              南丹东路80号            64381234
        区文化馆              漕溪北路1111号          64385678
        区体育馆              中山南二路1500号        64389999
    """)
    assert page.furniture[1] == "区图书馆              南丹东路80号            64381234"
    assert not page.repairs
    # Nor are a Markdown table's, its cells holding commas.
    page = convert("""
        ## 社区服务点一览

        | 名称，类别          | 地址，电话                |
        |---------------------|---------------------------|
        | 图书馆，文化        | 南丹东路80号，64381234    |
        | 文化馆，文化        | 漕溪北路1111号，64385678  |
        | 体育馆，体育        | 中山南二路1500号，6438999 |
    """)
    assert [block.text for block in page.articles[0].body] == [
        "| 名称，类别          | 地址，电话                |", "| 图书馆，文化        | 南丹东路80号，64381234    |",
        "| 文化馆，文化        | 漕溪北路1111号，64385678  |", "| 体育馆，体育        | 中山南二路1500号，6438999 |"]
    assert not page.repairs


def test_notes_closing_a_paragraph_and_dispatch_notes_are_bylines_and_credits() -> None:
    page = convert("""
        参考消息
        2025年4月2日

        全市新增绿道120公里

        本报讯 记者从市园林局获悉，今年全市新增绿道120公里，串联起公园和社区。（记者 张三）

        老旧小区加装电梯提速

        今年以来，全区已完成加装电梯86台，惠及居民2000余户。（编译/李明）

        居民纷纷表示，上下楼方便多了。（文中人物均为化名）

        下一步，将继续推进相关工作。

        （本报南京3月17日电）

        （编辑：刘洋）
    """)
    # A paper named otherwise than …报 is a masthead, and the date under it the issue's.
    assert page.publication is not None
    assert (page.publication.name, page.publication.date) == ("参考消息", datetime.date(2025, 4, 2))
    first, second = page.articles
    assert [(byline.name, byline.role) for byline in first.bylines] == [("张三", "记者")]
    assert paragraphs(first) == ["本报讯 记者从市园林局获悉，今年全市新增绿道120公里，串联起公园和社区。"]
    assert [(byline.name, byline.role) for byline in second.bylines] == [("李明", "编译")]
    # A remark in brackets stays with its paragraph, which it does not leave open.
    assert paragraphs(second) == ["今年以来，全区已完成加装电梯86台，惠及居民2000余户。",
                                  "居民纷纷表示，上下楼方便多了。（文中人物均为化名）",
                                  "下一步，将继续推进相关工作。"]
    # Where the article was filed, printed after it, is a source note: no dateline opening an article.
    assert second.credits == ["本报南京3月17日电"]
    assert second.dateline is None
    assert [repair.kind for repair in first.repairs].count("split_end_note") == 1
    # The page's editor, in brackets or not, is furniture.
    assert page.furniture == ["参考消息", "2025年4月2日", "（编辑：刘洋）"]


def test_a_bracketed_reporter_note_opens_a_lead_and_a_thematic_break_ends_an_article() -> None:
    page = convert("""
        ## 甬城首条空中自行车道启用

        **记者 陈晓 通讯员 王 丽**

        本报讯 昨天上午，位于鄞州区的城市首条空中自行车道正式启用。

        据了解，该自行车道全线设有监控和照明设施。

        ---

        ## 暑期文化活动丰富多彩

        今年暑期，全市各级文化场馆推出各类活动800余场。

        ## 城市书房延长开放时间

        （记者 何佳）即日起，全市城市书房每天开放至晚上十点。
    """)
    first, second, third = page.articles
    assert [(byline.name, byline.role) for byline in first.bylines] == [("陈晓", "记者"), ("王丽", "通讯员")]
    assert paragraphs(first) == ["本报讯 昨天上午，位于鄞州区的城市首条空中自行车道正式启用。",
                                 "据了解，该自行车道全线设有监控和照明设施。"]
    # After the break, a title over plain text heads an article of its own, not a section.
    assert second.headline == "暑期文化活动丰富多彩"
    assert paragraphs(second) == ["今年暑期，全市各级文化场馆推出各类活动800余场。"]
    # A reporter's note in brackets opens a lead as a dateline would; the note goes to the bylines.
    assert third.headline == "城市书房延长开放时间"
    assert [(byline.name, byline.role) for byline in third.bylines] == [("何佳", "记者")]
    assert paragraphs(third) == ["即日起，全市城市书房每天开放至晚上十点。"]
    assert third.dateline is None


def test_two_names_printed_without_a_space_are_two_people() -> None:
    page = convert("""
        城市书房延长开放时间

        记者 张三李四

        本报讯 即日起，全市城市书房每天开放至晚上十点。（记者欧阳明月）
    """)
    article, = page.articles
    # A surname opens each half of 张三李四; 欧阳 is one compound surname.
    assert [(byline.name, byline.role) for byline in article.bylines] == [
        ("张三", "记者"), ("李四", "记者"), ("欧阳明月", "记者")]
    assert paragraphs(article) == ["本报讯 即日起，全市城市书房每天开放至晚上十点。"]


def test_a_deck_in_clauses_under_a_two_line_headline_and_a_page_section_name() -> None:
    page = convert("""
        扬子晚报
        2024年6月12日 星期三
        南京·要闻

        轨道交通
        地铁17号线北段
        年底前开通试运营
        全长约16.6公里，设车站7座，将与多条线路换乘

        本报讯（记者 王佳丽）5月7日，记者从市轨道交通建设管理公司获悉，该工程已进入设备调试阶段。

        市民在玄武湖赏荷。扬子晚报/紫牛新闻记者 刘苏雨 摄
    """)
    # The page's section name under the masthead is page furniture, not the headline's kicker.
    assert page.furniture == ["扬子晚报", "2024年6月12日 星期三", "南京·要闻"]
    article, = page.articles
    # A deck printed tight under the title block may hold commas; the two lines above it are the headline.
    assert titles(article) == ("轨道交通", "地铁17号线北段 年底前开通试运营",
                               "全长约16.6公里，设车站7座，将与多条线路换乘")
    assert paragraphs(article) == ["本报讯 5月7日，记者从市轨道交通建设管理公司获悉，该工程已进入设备调试阶段。"]
    # Two outlets of one group, joined by a slash, before the photographer.
    assert captions(article) == [("市民在玄武湖赏荷。", "刘苏雨")]


def test_a_related_news_label_over_a_headline_is_its_kicker() -> None:
    page = convert("""
        以更实举措守护青少年心理健康

        □ 王晓红

        守护青少年心理健康，学校要把心理健康教育纳入日常教学。

        （作者系华东师范大学心理与认知科学学院教授）

        相关新闻

        多地中小学配备专职心理教师

        本报讯（记者 刘婷）记者近日从教育部获悉，全国超过80%的中小学配备了心理健康教育教师。
    """)
    comment, related = page.articles
    assert [(byline.name, byline.role) for byline in comment.bylines] == [("王晓红", None)]
    assert comment.credits == ["作者系华东师范大学心理与认知科学学院教授"]
    assert titles(related) == ("相关新闻", "多地中小学配备专职心理教师", None)
    assert [(byline.name, byline.role) for byline in related.bylines] == [("刘婷", "记者")]


def test_a_cut_paragraph_with_commas_under_a_section_head_is_no_deck() -> None:
    page = convert("""
        徐汇区召开学习会

        本报讯 日前，徐汇区召开区委中心组学习会。

        校准方位 把握新使命

        要把握“弘扬伟大建党精神”,把旗帜鲜明讲政治融

        本报讯 日前，社区食堂正式开业。

        入到工作全过程。
    """)
    # Set apart by a blank line, the piece over the next lead is text, not a deck under a title.
    first = page.articles[0]
    assert titles(first) == (None, "徐汇区召开学习会", None)
    assert [(block.type, block.text) for block in first.body] == [
        ("paragraph", "本报讯 日前，徐汇区召开区委中心组学习会。"),
        ("heading", "校准方位 把握新使命"),
        ("paragraph", "要把握“弘扬伟大建党精神”,把旗帜鲜明讲政治融入到工作全过程。"),
    ]


def test_a_paper_filing_under_its_short_name_opens_its_articles() -> None:
    page = convert("""
        地铁十一号线年底全线开通

        南都讯 记者 张晓明 通讯员 穗交宣 11月19日，记者从广州地铁集团获悉，地铁十一号线将于年底前全线开通运营。

        ■相关

        配套公交线路同步调整

        南都讯 记者 李娜 为配合地铁十一号线开通，广州公交集团将同步调整12条公交线路。

        喜讯传来，沿线市民纷纷点赞。
    """)
    line, buses = page.articles
    assert (line.dateline.source, line.dateline.date_text) == ("南都讯", "11月19日")
    assert [(byline.name, byline.role) for byline in line.bylines] == [("张晓明", "记者"), ("穗交宣", "通讯员")]
    assert paragraphs(line) == ["南都讯 11月19日，记者从广州地铁集团获悉，地铁十一号线将于年底前全线开通运营。"]
    assert titles(buses) == ("相关", "配套公交线路同步调整", None)
    assert buses.dateline.source == "南都讯"
    assert [(byline.name, byline.role) for byline in buses.bylines] == [("李娜", "记者")]
    assert paragraphs(buses)[1] == "喜讯传来，沿线市民纷纷点赞。"  # a word's 讯, no reporter after it


def test_a_credit_over_the_sentence_that_closes_an_article_is_that_captions() -> None:
    page = convert("""
        配套公交线路同步调整

        本报讯 为配合地铁十一号线开通，广州公交集团将同步调整12条公交线路，方便市民接驳。

        图/本报记者 陈伟 摄
        地铁十一号线列车进行空载试运行。
    """)
    article, = page.articles
    assert paragraphs(article) == ["本报讯 为配合地铁十一号线开通，广州公交集团将同步调整12条公交线路，方便市民接驳。"]
    assert captions(article) == [("地铁十一号线列车进行空载试运行。", "陈伟")]


def test_a_photo_credited_to_the_papers_reporter_unnamed_is_a_caption() -> None:
    page = convert("""
        啟德體育園首場賽事門票售罄

        【大公報訊】記者陳曉欣報道：啟德體育園主場館下月將舉辦首場國際足球賽事，門票昨日開售後兩小時內售罄。

        ▲啟德體育園主場館外貌。大公報記者攝

        新建学校效果图。 资料图
    """)
    article, = page.articles
    assert captions(article) == [("啟德體育園主場館外貌。", "大公報記者"), ("新建学校效果图。 资料图", None)]
    assert [(byline.name, byline.role) for byline in article.bylines] == [("陳曉欣", "記者 報道")]


def test_a_column_name_in_lenticular_brackets_over_a_headline_is_its_kicker() -> None:
    page = convert("""
        【光明时评】

        让乡村阅读空间“活”起来

        张文

        近年来，各地建设了大量农家书屋，但部分书屋存在“有书无人读”的现象。
    """)
    article, = page.articles
    assert titles(article) == ("【光明时评】", "让乡村阅读空间“活”起来", None)
    assert [byline.name for byline in article.bylines] == ["张文"]


def test_a_dispatchs_lone_title_printed_inside_its_text_is_its_headline() -> None:
    page = convert("""
        本报讯（记者 吴杰）11月20日，成都天府国际机场第三条跑道建设项目正式开工。

        天府机场第三跑道开工

        据了解，第三跑道长3800米，宽60米，可满足大型宽体客机起降需求。

        成都地铁30号线二期
        年底通车

        本报讯（记者 李雪）记者从成都轨道集团获悉，地铁30号线二期工程年底前将开通试运营。
    """)
    runway, metro = page.articles
    assert titles(runway) == (None, "天府机场第三跑道开工", None)
    assert paragraphs(runway) == ["本报讯 11月20日，成都天府国际机场第三条跑道建设项目正式开工。",
                                  "据了解，第三跑道长3800米，宽60米，可满足大型宽体客机起降需求。"]
    assert [repair.kind for repair in runway.repairs].count("moved_title_block") == 1
    assert titles(metro) == (None, "成都地铁30号线二期 年底通车", None)


def test_a_numbered_part_over_the_pages_first_text_is_a_section_head() -> None:
    page = convert("""
        一、加快培育新质生产力

        各地区各部门要坚持创新驱动，加快传统产业转型升级。

        二、持续扩大有效需求

        要进一步激发消费潜力，扩大有效投资。
    """)
    article, = page.articles
    assert article.headline == ""
    assert [block.text for block in article.body if block.type == "heading"] == ["一、加快培育新质生产力",
                                                                                "二、持续扩大有效需求"]


def test_a_pages_latin_name_teasers_and_imprint_are_furniture() -> None:
    page = convert("""
        北京日报
        BEIJING DAILY
        2026年11月22日 星期日

        导读
        ▶ 冬季供暖全面启动 详见3版

        冬季供暖全面启动

        本报记者 孙杰

        11月15日零时起，本市正式进入冬季供暖季。

        社址：北京市朝阳区建国门外大街20号 邮编：100022
    """)
    article, = page.articles
    assert titles(article) == (None, "冬季供暖全面启动", None)
    assert paragraphs(article) == ["11月15日零时起，本市正式进入冬季供暖季。"]
    assert page.furniture == ["北京日报", "BEIJING DAILY", "2026年11月22日 星期日", "导读", "冬季供暖全面启动 详见3版",
                              "社址：北京市朝阳区建国门外大街20号 邮编：100022"]


def test_a_second_byline_over_a_title_block_heads_the_next_article() -> None:
    page = convert("""
        杭州亚运场馆
        赛后利用率超八成

        □ 本报记者 陈佳 文/摄

        亚运会结束一年多，多数场馆已面向市民开放，赛后利用率超过八成。

        本报记者 张三 实习生 李四 报道

        西湖边新增
        10处直饮水点

        西湖风景名胜区管委会近日在西湖沿线新增10处直饮水点，方便游客饮水。
    """)
    venues, water = page.articles
    assert [(byline.name, byline.role) for byline in venues.bylines] == [("陈佳", "本报记者 文/摄")]
    assert [(byline.name, byline.role) for byline in water.bylines] == [("张三", "本报记者 报道"),
                                                                        ("李四", "实习生 报道")]
    assert titles(water) == (None, "西湖边新增", "10处直饮水点")


def test_the_articles_byline_again_in_brackets_closes_it_and_heads_nothing() -> None:
    page = convert("""
        前海跨境金融创新再提速

        深圳特区报记者 周晓

        前海深港现代服务业合作区今年以来推出跨境金融创新举措30项。

        （深圳特区报记者 周晓）

        图片新闻

        前海石公园迎来赏花季。 深圳特区报记者 李亮 摄
    """)
    finance, photo = page.articles
    assert [byline.name for byline in finance.bylines] == ["周晓"]
    assert photo.bylines == []
    assert captions(photo) == [("前海石公园迎来赏花季。", "李亮")]
    assert page.furniture == ["（深圳特区报记者 周晓）"]


def test_the_articles_byline_again_in_brackets_stays_off_the_next_dispatch() -> None:
    page = convert("""
        推动高质量发展迈出坚实步伐

        本报记者  王明  李华

        本报北京11月21日电  国家发展改革委21日召开新闻发布会，介绍今年以来经济运行情况。

        （本报记者 王明 李华）

        新华社北京11月21日电（记者张伟、刘洋）记者从交通运输部获悉，今年前10个月交通投资同比增长2.1%。
    """)
    economy, transport = page.articles
    assert [byline.name for byline in economy.bylines] == ["王明", "李华"]
    assert [(byline.name, byline.role) for byline in transport.bylines] == [("张伟", "记者"), ("刘洋", "记者")]
    assert page.furniture == ["（本报记者 王明 李华）"]


def test_a_publicity_offices_pen_name_glued_to_its_role_in_the_lead() -> None:
    (article,) = convert("""
        广州地铁三条新线年底开通

        羊城晚报讯 记者许张超，通讯员穗铁宣报道：记者21日从广州地铁获悉，三条新线将于12月28日开通。
    """).articles
    assert [(byline.name, byline.role) for byline in article.bylines] == [("许张超", "记者 报道"),
                                                                          ("穗铁宣", "通讯员 报道")]
    assert paragraphs(article) == ["羊城晚报讯 记者21日从广州地铁获悉，三条新线将于12月28日开通。"]


def test_a_slash_between_two_role_words_stays_in_the_role() -> None:
    (article,) = convert("""
        燕子矶长江隧道主体完工

        扬子晚报/紫牛新闻记者 杨甜子

        本报讯 南京燕子矶长江隧道主体完工，预计明年通车。
    """).articles
    assert [(byline.name, byline.role) for byline in article.bylines] == [("杨甜子", "扬子晚报/紫牛新闻记者")]


def test_a_slash_between_role_and_name_in_the_leads_reporter_note() -> None:
    (article,) = convert("""
        轨道上的大湾区加速成形

        南方日报讯 （记者/黄叙浩 通讯员/粤交宣）记者21日从省交通运输厅获悉，今年以来全省完成交通投资超过1800亿元。
    """).articles
    assert [(byline.name, byline.role) for byline in article.bylines] == [("黄叙浩", "记者"), ("粤交宣", "通讯员")]
    assert paragraphs(article) == ["南方日报讯 记者21日从省交通运输厅获悉，今年以来全省完成交通投资超过1800亿元。"]


def test_a_place_and_its_dispatch_word_in_brackets_are_a_dateline() -> None:
    (article,) = convert("""
        新加坡明年起上调公积金缴交率

        （新加坡综合讯）人力部星期六宣布，从明年1月1日起，年长员工的公积金缴交率将上调。

        黄婷婷  报道
    """).articles
    assert article.dateline is not None and article.dateline.place == "新加坡"
    assert [(byline.name, byline.role) for byline in article.bylines] == [("黄婷婷", "报道")]


def test_a_clause_cut_twice_keeps_its_middle_piece() -> None:
    (article,) = convert("""
        本报记者 陈素萍

        今年以来，杭州新建社区卫生服务站32家，

        基本实现城区15分钟

        医疗服务圈全覆盖。

        杭州15分钟医疗服务圈
        城区全覆盖

        据了解，新建的服务站均配备全科医生和护士。
    """).articles
    assert titles(article) == (None, "杭州15分钟医疗服务圈", "城区全覆盖")
    assert paragraphs(article) == ["今年以来，杭州新建社区卫生服务站32家，基本实现城区15分钟医疗服务圈全覆盖。",
                                   "据了解，新建的服务站均配备全科医生和护士。"]


def test_a_bold_phrase_opening_a_markdown_line_runs_a_briefs_headline_in() -> None:
    page = convert("""
        ### ■ 简讯

        **济南新增5处口袋公园** 记者从济南市园林和林业绿化局获悉，今年济南新增口袋公园5处。

        **泉城夜市“上新”** 济南宽厚里夜市本周末起延长营业时间至凌晨1点。
    """)
    parks, market = page.articles
    assert titles(parks) == ("简讯", "济南新增5处口袋公园", None)
    assert paragraphs(parks) == ["记者从济南市园林和林业绿化局获悉，今年济南新增口袋公园5处。"]
    assert titles(market) == (None, "泉城夜市“上新”", None)
    assert paragraphs(market) == ["济南宽厚里夜市本周末起延长营业时间至凌晨1点。"]


def test_an_outlets_app_after_a_dot_is_part_of_the_role() -> None:
    (article,) = convert("""
        济南新东站片区三所新建学校明年招生

        齐鲁晚报·齐鲁壹点 记者 王杰

        记者从济南市历城区教育和体育局获悉，新东站片区三所新建学校主体工程已完工。
    """).articles
    assert [(byline.name, byline.role) for byline in article.bylines] == [("王杰", "齐鲁晚报·齐鲁壹点 记者")]


def test_a_line_ending_in_an_enumeration_comma_is_no_title() -> None:
    city, metro = convert("""
        武汉长江新城起步区建设提速

        极目新闻记者 刘璐

        据介绍，起步区内道路、管网等基础设施已基本成形，

        谌家矶大道、

        长江新城
        地铁线路开工在即

        极目新闻讯（记者 王雅）又一条连接长江新城的地铁线路即将开工。
    """).articles
    assert paragraphs(city) == ["据介绍，起步区内道路、管网等基础设施已基本成形，谌家矶大道、"]
    assert titles(metro) == (None, "长江新城", "地铁线路开工在即")


def test_words_under_a_title_are_no_bare_name() -> None:
    (article,) = convert("""
        港鐵東涌綫延線
        高鐵通車

        港鐵公司昨日宣布，東涌綫延線工程進展順利，預計明年第三季通車。

        記者 陳大文
    """).articles
    assert titles(article) == (None, "港鐵東涌綫延線", "高鐵通車")
    assert [(byline.name, byline.role) for byline in article.bylines] == [("陳大文", "記者")]


def test_a_headline_set_in_two_lines_its_subject_over_when_it_happens_is_one_headline() -> None:
    page = convert("""
        天府大道北延线
        明年底建成通车

        成都商报-红星新闻记者 王明

        11月20日，记者从成都市交通运输局获悉，天府大道北延线工程进展顺利。

        20家百姓健身房全部建成
        家门口健身更方便了

        记者 陆晨

        据了解，区体育局今年共投入资金约2000万元建设百姓健身房。
    """)
    road, gyms = page.articles
    assert titles(road) == (None, "天府大道北延线 明年底建成通车", None)
    (metro_line,) = convert("""
        北京地铁17号线北段
        年底前开通试运营

        本报讯 记者从北京市重大项目办获悉，地铁17号线北段年底前开通试运营。
    """).articles
    assert titles(metro_line) == (None, "北京地铁17号线北段 年底前开通试运营", None)  # a subject of 11 characters
    assert titles(gyms) == (None, "20家百姓健身房全部建成", "家门口健身更方便了")
    (metro,) = convert("""
        简讯
        今日起地铁延长运营

        本报讯 今日起，地铁多条线路延长运营时间。
    """).articles
    assert titles(metro) == ("简讯", "今日起地铁延长运营", None)


def test_a_labelled_source_alone_on_its_line_credits_the_caption_under_it() -> None:
    (article,) = convert("""
        台積電赴美設廠進度超前

        業界人士分析，台積電加速海外布局，

        主要是因應客戶需求。

        圖／美聯社

        台積電美國亞利桑那州廠區外觀。
    """).articles
    assert paragraphs(article) == ["業界人士分析，台積電加速海外布局，主要是因應客戶需求。"]
    assert captions(article) == [("台積電美國亞利桑那州廠區外觀。", "美聯社")]


def test_text_gone_on_from_another_page_takes_no_title_block_printed_after_it() -> None:
    page = convert("""
        （上接A01版）

        记者了解到，长沙今年还将新增公共停车泊位2万个，缓解市民停车难题。

        老旧小区
        “焕新”记

        潇湘晨报记者 彭斌

        走进长沙市开福区某老旧小区，只见外墙焕然一新。
    """)
    rest, renewal = page.articles
    assert titles(rest) == (None, "", None)
    assert paragraphs(rest) == ["记者了解到，长沙今年还将新增公共停车泊位2万个，缓解市民停车难题。"]
    assert titles(renewal) == (None, "老旧小区", "“焕新”记")
    assert paragraphs(renewal) == ["走进长沙市开福区某老旧小区，只见外墙焕然一新。"]


def test_an_editors_note_over_a_title_block_introduces_the_article_under_it() -> None:
    page = convert("""
        长沙今年将新增公共停车泊位2万个，缓解市民停车难题。

        编者按：城市更新，既要“面子”也要“里子”。即日起，本报推出系列报道，敬请关注。

        老旧小区
        “焕新”记

        潇湘晨报记者 彭斌

        走进长沙市开福区某老旧小区，只见外墙焕然一新。
    """)
    parking, renewal = page.articles
    assert paragraphs(parking) == ["长沙今年将新增公共停车泊位2万个，缓解市民停车难题。"]
    assert titles(renewal) == (None, "老旧小区", "“焕新”记")
    assert paragraphs(renewal)[0].startswith("编者按：")


def test_an_agencys_photo_names_its_photographer_in_brackets() -> None:
    (article,) = convert("""
        上海国际进口博览会成交额创新高

        第九届中国国际进口博览会昨天闭幕。

        11月21日，观众在进博会展馆内参观。 新华社发（王翔摄）
    """).articles
    assert captions(article) == [("11月21日，观众在进博会展馆内参观。", "王翔")]


def test_two_outlets_of_one_group_joined_by_a_hyphen_make_one_role() -> None:
    (article,) = convert("""
        天府大道北延线明年底建成通车

        成都商报-红星新闻记者 王明 摄影记者 李华

        11月20日，记者从成都市交通运输局获悉，天府大道北延线工程进展顺利。
    """).articles
    assert [(person.name, person.role) for person in article.bylines] == [
        ("王明", "成都商报-红星新闻记者"), ("李华", "摄影记者")]


def test_who_supplied_the_text_in_brackets_is_a_credit_note() -> None:
    (article,) = convert("""
        区市场监管局开展冬季食品安全检查

        本报讯 为保障冬季食品安全，区市场监管局近日对辖区内的农贸市场开展专项检查。

        （闵行区市场监管局供稿）
    """).articles
    assert article.credits == ["闵行区市场监管局供稿"]
    assert [block.type for block in article.body] == ["paragraph"]


def test_a_briefs_column_of_items_without_headlines_is_an_article_of_its_own() -> None:
    river, briefs = convert("""
        海河沿线新添12处亲水平台

        本报记者 刘畅

        今年以来，我市持续推进海河沿线景观提升工程，目前已新建亲水平台12处。

        简讯

        ●近日，河西区举办社区运动会，800余名居民参加了比赛。（记者 张明）

        ●南开区新开放两座口袋公园，方便周边居民休闲健身。（通讯员 王磊）
    """).articles
    assert [person.name for person in river.bylines] == ["刘畅"]
    assert briefs.headline == "简讯"
    assert paragraphs(briefs) == ["近日，河西区举办社区运动会，800余名居民参加了比赛。",
                                  "南开区新开放两座口袋公园，方便周边居民休闲健身。"]
    assert [(person.name, person.role) for person in briefs.bylines] == [("张明", "记者"), ("王磊", "通讯员")]


def test_a_closing_byline_naming_the_leads_reporter_stays_over_the_next_headline() -> None:
    bridge, buses = convert("""
        南沙大桥夜景灯光本周起全面亮灯

        广州日报讯（全媒体记者 黄丹 通讯员 穗交宣）南沙大桥夜景灯光工程已完成调试。

        文/广州日报全媒体记者 黄丹 图/广州日报全媒体记者 陈忠

        番禺新增3条公交线路

        广州日报讯（全媒体记者 李斌）11月21日起，番禺区新开3条公交线路。
    """).articles
    assert [(person.name, person.role) for person in bridge.bylines] == [
        ("黄丹", "文/广州日报全媒体记者"), ("陈忠", "图/广州日报全媒体记者"), ("穗交宣", "通讯员")]
    assert paragraphs(bridge) == ["广州日报讯 南沙大桥夜景灯光工程已完成调试。"]
    assert [person.name for person in buses.bylines] == ["李斌"]


def test_a_desks_name_at_the_page_top_is_furniture() -> None:
    page = convert("""
        参考消息
        2026年11月22日 星期日 第8版

        国际

        外媒：全球芯片需求持续回升

        据路透社11月20日报道，全球芯片需求在今年第三季度持续回升。
    """)
    assert page.furniture == ["参考消息", "2026年11月22日 星期日 第8版", "国际"]
    assert titles(page.articles[0]) == (None, "外媒：全球芯片需求持续回升", None)


def test_a_speakers_words_reported_open_a_paragraph_never_a_title() -> None:
    (article,) = convert("""
        区委常委会召开专题会议研究部署

        本报讯 11月12日上午，区委常委会召开专题会议，研究部署“两旧一村”改造工作。

        会议强调，要坚持规划引领，统筹

        兼顾历史风貌保护与功能提升。
    """).articles
    assert paragraphs(article)[1] == "会议强调，要坚持规划引领，统筹兼顾历史风貌保护与功能提升。"
    assert [block.type for block in article.body] == ["paragraph", "paragraph"]


def test_a_clause_cut_twice_goes_back_together_and_the_line_under_the_credit_is_the_caption() -> None:
    (article,) = convert("""
        新华路街道居民区书记工作室揭牌

        本报讯 11月13日，新华路街道居民区书记工作室揭牌成立，定期开展案例研讨、

        经验分享和实地

        教学，帮助新任书记尽快进入角色。

        徐露 摄

        揭牌仪式现场
    """).articles
    assert paragraphs(article) == [
        "本报讯 11月13日，新华路街道居民区书记工作室揭牌成立，定期开展案例研讨、经验分享和实地教学，"
        "帮助新任书记尽快进入角色。"]
    assert captions(article) == [("揭牌仪式现场", "徐露")]


def test_a_name_in_brackets_after_a_column_piece_signs_it() -> None:
    (article,) = convert("""
        记者手记

        让创新在土壤里扎根

        走访园区企业，记者最深的感受是，创新不是一蹴而就的，它需要合适的土壤。

        （陈月飞）
    """).articles
    assert titles(article) == ("记者手记", "让创新在土壤里扎根", None)
    assert [(person.name, person.role) for person in article.bylines] == [("陈月飞", None)]
    assert paragraphs(article) == ["走访园区企业，记者最深的感受是，创新不是一蹴而就的，它需要合适的土壤。"]


def test_a_networks_local_station_is_the_role_of_the_name_after_it() -> None:
    (article,) = convert("""
        嘉善全域推进“未来乡村”建设

        记者 李华 共享联盟·嘉善站 王明 通讯员 沈佳

        本报讯 记者近日从嘉善县获悉，今年该县新增省级未来乡村12个。
    """).articles
    assert [(person.name, person.role) for person in article.bylines] == [
        ("李华", "记者"), ("王明", "共享联盟·嘉善站"), ("沈佳", "通讯员")]


def test_text_taken_up_from_another_page_goes_on_with_the_article_sent_on_to_it() -> None:
    page = convert("""
        老字号焕新颜

        记者 钱雯

        本报讯 今年以来，南京西路商圈新引进各类首店68家，吸引了大批年轻消费者。

        （下转第2版）

        区领导调研重点项目推进情况

        本报讯（记者 周洁）11月14日，区领导赴张园西区、苏河湾等重点项目现场调研。

        （上接第1版）

        据商圈管理方介绍，首店经济带动了客流增长。
    """)
    shops, visit = page.articles
    assert paragraphs(shops) == ["本报讯 今年以来，南京西路商圈新引进各类首店68家，吸引了大批年轻消费者。",
                                 "据商圈管理方介绍，首店经济带动了客流增长。"]
    assert [repair.kind for repair in shops.repairs] == ["joined_continued_text"]
    assert visit.headline == "区领导调研重点项目推进情况"
    assert page.furniture == ["（下转第2版）", "（上接第1版）"]


def test_a_line_over_a_jump_line_ends_the_text_sent_on() -> None:
    (article,) = convert("""
        老字号焕新颜

        本报讯 今年以来，南京西路商圈新引进各类首店68家。一批老字号也在

        商圈里“焕新”亮相，吸引了

        （下转第2版）
    """).articles
    assert paragraphs(article) == [
        "本报讯 今年以来，南京西路商圈新引进各类首店68家。一批老字号也在商圈里“焕新”亮相，吸引了"]


def test_the_place_a_byline_was_filed_from_is_the_articles_dateline() -> None:
    (article,) = convert("""
        北市公車將全面電動化

        ◎記者林縉明／台北報導

        台北市公運處昨日宣布，2030年前市區公車將全面電動化。
    """).articles
    assert [(person.name, person.role) for person in article.bylines] == [("林縉明", "記者 報導")]
    assert article.dateline is not None and article.dateline.place == "台北"
    assert paragraphs(article) == ["台北市公運處昨日宣布，2030年前市區公車將全面電動化。"]
    (instant,) = convert("""
        北市公車將全面電動化

        記者王小明／即時報導

        台北市公運處昨日宣布，2030年前市區公車將全面電動化。
    """).articles
    assert [(person.name, person.role) for person in instant.bylines] == [("王小明", "記者 即時報導")]
    assert instant.dateline is None  # a kind of report, not a place


def test_a_page_number_between_dashes_is_furniture() -> None:
    page = convert("""
        金海街道社区食堂开业

        本报讯 近日，金海街道社区食堂正式开业，为周边老年人提供助餐服务。

        - 3 -

        南桥镇开展垃圾分类“回头看”

        本报讯（记者 张丽）南桥镇近日开展垃圾分类“回头看”专项检查。
    """)
    assert page.furniture == ["- 3 -"]
    assert [article.headline for article in page.articles] == ["金海街道社区食堂开业", "南桥镇开展垃圾分类“回头看”"]


def test_a_note_labelled_over_its_text_above_a_title_block_introduces_the_article_under_it() -> None:
    page = convert("""
        人民日报
        2026年11月22日 星期日 第4版 要闻

        核心阅读

        今年以来，各地加快推进城市更新行动，老旧小区改造取得积极进展。

        城市更新让群众生活更美好

        本报记者 王浩

        本报北京11月21日电 走进北京市朝阳区劲松北社区，只见楼道整洁明亮。

        《 人民日报 》（ 2026年11月22日 04 版）
    """)
    (article,) = page.articles
    assert article.headline == "城市更新让群众生活更美好"
    assert [(block.type, block.text) for block in article.body][:2] == [
        ("heading", "核心阅读"), ("paragraph", "今年以来，各地加快推进城市更新行动，老旧小区改造取得积极进展。")]
    assert article.dateline is not None and (article.dateline.source, article.dateline.place) == ("本报", "北京")
    assert page.furniture[-1] == "《 人民日报 》（ 2026年11月22日04版）"


def test_an_editors_note_opening_the_page_introduces_the_article_under_it() -> None:
    (article,) = convert("""
        编者按：城市更新，既要“面子”也要“里子”。即日起，本报推出系列报道。

        老旧小区“焕新”记

        本报记者 彭斌

        走进长沙市开福区某老旧小区，只见外墙焕然一新。
    """).articles
    assert article.headline == "老旧小区“焕新”记"
    assert paragraphs(article) == ["编者按：城市更新，既要“面子”也要“里子”。即日起，本报推出系列报道。",
                                   "走进长沙市开福区某老旧小区，只见外墙焕然一新。"]


def test_a_photo_item_at_the_page_top_is_an_item_of_its_own() -> None:
    page = convert("""
        普陀报
        2026年11月21日 星期六 第3版

        图片新闻

        11月19日，长风公园银杏大道迎来最佳观赏期，吸引众多市民前来拍照打卡。

        见习记者 方圆 摄

        真如境：千年古镇展新颜

        文/图 特约通讯员 贺军 实习生 林小雨

        真如境历史文化风貌区改造项目近日完成一期工程，修缮古建筑20余处。
    """)
    photo, town = page.articles
    assert photo.headline == "图片新闻"
    assert captions(photo) == [("11月19日，长风公园银杏大道迎来最佳观赏期，吸引众多市民前来拍照打卡。", "方圆")]
    assert town.headline == "真如境：千年古镇展新颜"
    assert [(person.name, person.role) for person in town.bylines] == [
        ("贺军", "文/图 特约通讯员"), ("林小雨", "实习生")]


def test_a_lead_may_open_with_its_reporters_set_apart_by_spaces() -> None:
    page = convert("""
        社区改造见实效

        □本报记者 陈静 实习生 刘洋 近日，记者走访了多个社区。

        上海发布新政策

        澎湃新闻记者 王明 11月21日，上海发布新政策。

        记者 近日 走访了多个社区，发现问题。
    """)
    estates, policy = page.articles
    assert [(person.name, person.role) for person in estates.bylines] == [("陈静", "本报记者"), ("刘洋", "实习生")]
    assert paragraphs(estates) == ["近日，记者走访了多个社区。"]
    assert [(person.name, person.role) for person in policy.bylines] == [("王明", "澎湃新闻记者")]
    assert paragraphs(policy) == ["11月21日，上海发布新政策。", "记者 近日 走访了多个社区，发现问题。"]


def test_a_lead_naming_an_intern_opens_an_article_whatever_words_its_text_holds() -> None:
    # A reporter's note is looked for at a lead's head by its role word; a dispatch's word (电 in
    # 充电桩) further on must not decide it.
    page = convert("""
        社区书房开放

        实习生 王晓明 近日，社区书房正式开放。

        充电桩进小区

        评论员 李华 近日，多个小区建成充电桩。
    """)
    library, chargers = page.articles
    assert [(person.name, person.role) for person in library.bylines] == [("王晓明", "实习生")]
    assert paragraphs(library) == ["近日，社区书房正式开放。"]
    assert [(person.name, person.role) for person in chargers.bylines] == [("李华", "评论员")]
    assert paragraphs(chargers) == ["近日，多个小区建成充电桩。"]


def test_a_papers_gathered_report_is_a_dateline_formula() -> None:
    (article,) = convert("""
        多地出台新政

        本报综合消息 近日，多地出台新政。
    """).articles
    assert article.dateline is not None
    assert (article.dateline.source, article.dateline.date_text) == ("本报综合消息", "近日")


def test_a_byline_run_in_with_a_bulleted_items_text_is_set_apart() -> None:
    (article,) = convert("""
        区里开展垃圾分类专项检查

        ■记者 王明 通讯员 李华 本区开展垃圾分类专项检查，共检查小区120个。
    """).articles
    assert [(person.name, person.role) for person in article.bylines] == [("王明", "记者"), ("李华", "通讯员")]
    assert paragraphs(article) == ["本区开展垃圾分类专项检查，共检查小区120个。"]
    assert [repair.kind for repair in article.repairs] == ["split_run_in_byline"]


def test_a_role_after_a_name_and_a_slash_is_that_persons() -> None:
    (article,) = convert("""
        真如古镇展新颜

        张三/文 李四/图

        真如境历史文化风貌区改造项目近日完成一期工程。

        图片由区文旅局提供
    """).articles
    assert [(person.name, person.role) for person in article.bylines] == [("张三", "文"), ("李四", "图")]
    assert article.credits == ["图片由区文旅局提供"]
    assert [block.type for block in article.body] == ["paragraph"]


def test_a_branded_intern_a_lead_writer_and_an_editor_credited_with_a_slash() -> None:
    page = convert("""
        南方周末调查

        主笔/张三

        南方周末记者 王明 南方周末实习生 李四

        近日，记者走访了多个社区。

        编辑/赵六
    """)
    (article,) = page.articles
    assert [(person.name, person.role) for person in article.bylines] == [
        ("张三", "主笔"), ("王明", "南方周末记者"), ("李四", "南方周末实习生")]
    assert page.furniture == ["编辑/赵六"]


def test_datelines_from_an_app_or_a_broadcasters_site_and_a_reporters_report_before_a_space() -> None:
    page = convert("""
        教育部发布通知

        中国青年报客户端北京11月20日电（中青报·中青网记者 张三）教育部20日发布通知。

        多地出台新政

        央广网北京11月20日消息（记者张三）据中国之声报道，近日多地出台新政。

        广州发布新规

        新快报讯 记者王明报道 近日，广州发布新规。
    """)
    education, policies, rules = page.articles
    assert (education.dateline.source, education.dateline.place) == ("中国青年报客户端", "北京")
    assert (policies.dateline.source, policies.dateline.place, policies.dateline.date_text) == (
        "央广网", "北京", "11月20日")
    assert [(person.name, person.role) for person in rules.bylines] == [("王明", "记者 报道")]
    assert paragraphs(rules) == ["新快报讯 近日，广州发布新规。"]


def test_a_labelled_caption_a_latin_agencys_photo_and_a_pages_picture_credit() -> None:
    page = convert("""
        市民公园赏秋

        本报讯 近日，区里多个公园迎来最佳观赏期。

        图片说明：市民在公园里散步。

        11月20日，市民在银杏大道拍照。 CFP供图

        本版摄影：张三
    """)
    (article,) = page.articles
    assert captions(article) == [("图片说明：市民在公园里散步。", None), ("11月20日，市民在银杏大道拍照。", "CFP")]
    assert page.furniture == ["本版摄影：张三"]


def test_a_photo_provided_by_an_organisation_with_a_long_name_is_credited_to_it() -> None:
    page = convert("""
        社区运动会开幕

        本报讯 近日，滨江街道第三届社区运动会在街道文体中心开幕。

        居民参加拔河比赛。 区融媒体中心供图
    """)
    (article,) = page.articles
    assert captions(article) == [("居民参加拔河比赛。", "区融媒体中心")]
    assert paragraphs(article) == ["本报讯 近日，滨江街道第三届社区运动会在街道文体中心开幕。"]


def test_a_bar_labels_a_credit_as_the_photos_as_a_slash_does_and_after_a_caption_so_does_its_role() -> None:
    page = convert("""
        社区运动会开幕

        本报讯 近日，滨江街道第三届社区运动会在街道文体中心开幕。

        居民参加拔河比赛。图丨视觉中国

        运动员入场。 图｜张三

        裁判员为选手计时。 摄影：本报记者 李华

        据介绍，本届运动会共设12个比赛项目。
    """)
    (article,) = page.articles
    assert captions(article) == [("居民参加拔河比赛。", "视觉中国"), ("运动员入场。", "张三"),
                                 ("裁判员为选手计时。", "李华")]
    assert paragraphs(article) == ["本报讯 近日，滨江街道第三届社区运动会在街道文体中心开幕。",
                                   "据介绍，本届运动会共设12个比赛项目。"]


def test_a_bare_picture_role_after_a_space_or_a_slash_credits_the_people_it_follows() -> None:
    page = convert("""
        老旧小区加装电梯提速

        本报讯 今年以来，全区老旧小区加装电梯工作明显提速。

        工人正在安装电梯。 李华 图

        居民王阿姨高兴地说：“以后上下楼再也不用发愁了。”

        新建的电梯井。 本报记者 张三/图

        图为新建学校效果图

        图为新建学校的 规划 图
    """)
    (article,) = page.articles
    # Glued to a word, 图 ends it; after words that are not people's names, it credits no one.
    assert captions(article) == [("工人正在安装电梯。", "李华"), ("新建的电梯井。", "张三"),
                                 ("图为新建学校效果图", None), ("图为新建学校的 规划 图", None)]
    assert paragraphs(article) == ["本报讯 今年以来，全区老旧小区加装电梯工作明显提速。",
                                   "居民王阿姨高兴地说：“以后上下楼再也不用发愁了。”"]


def test_after_a_colon_alone_the_picture_label_credits_an_agency_and_otherwise_opens_a_caption() -> None:
    page = convert("""
        社区运动会开幕

        本报讯 近日，滨江街道第三届社区运动会在街道文体中心开幕。

        图：市民在公园散步

        据介绍，本届运动会共设12个比赛项目。

        图：区融媒体中心

        图：张三
    """)
    (article,) = page.articles
    assert captions(article) == [("图：市民在公园散步", None), ("", "区融媒体中心")]
    assert paragraphs(article) == ["本报讯 近日，滨江街道第三届社区运动会在街道文体中心开幕。",
                                   "据介绍，本届运动会共设12个比赛项目。"]
    assert [(byline.name, byline.role) for byline in article.bylines] == [("张三", "图")]


def test_a_credit_takes_no_paragraph_reporting_a_speaker_for_its_caption() -> None:
    page = convert("""
        社区食堂开进老小区

        本报讯 11月21日，记者从区民政局获悉，首批12家社区食堂将于下月开门迎客。

        图：视觉中国

        区民政局相关负责人表示，下一步将根据居民反馈逐步扩大试点范围。

        据介绍，这些食堂均设在老旧小区内。
        本报记者 李华 摄
    """)
    (article,) = page.articles
    assert captions(article) == [("", "视觉中国"), ("", "李华")]
    assert paragraphs(article) == ["本报讯 11月21日，记者从区民政局获悉，首批12家社区食堂将于下月开门迎客。",
                                   "区民政局相关负责人表示，下一步将根据居民反馈逐步扩大试点范围。",
                                   "据介绍，这些食堂均设在老旧小区内。"]


@pytest.mark.parametrize("mark", ["，", "："])
def test_a_credit_takes_no_closing_paragraph_reporting_a_speaker_for_its_caption(mark: str) -> None:
    # Under the credit, the article's last line: it closes the article as a caption would, but
    # opens by reporting a speaker, after a comma or a colon.
    reported = f"区民政局相关负责人表示{mark}下一步将根据居民反馈逐步扩大试点范围。"
    page = convert(f"""
        社区食堂开进老小区

        本报讯 11月21日，记者从区民政局获悉，首批12家社区食堂将于下月开门迎客。

        图：视觉中国

        {reported}
    """)
    (article,) = page.articles
    assert captions(article) == [("", "视觉中国")]
    assert paragraphs(article) == ["本报讯 11月21日，记者从区民政局获悉，首批12家社区食堂将于下月开门迎客。", reported]


def test_a_narrow_columns_title_lines_part_where_their_width_changes_and_the_narrower_wrap_is_the_headline() -> None:
    page = convert("""
        区红十字会
        开展志愿服
        务主题活动
        湖滨街道已建
        成24个服务
        点

        本报讯 5月27日上午，湖滨街道的长者照护之家正式投入使用。

        聚焦民生实事
        让全民阅
        读走进千
        家万户

        本报讯 11月11日晚上，亲子读书分享会在梅园街道正式启动。
    """)
    assert [titles(article) for article in page.articles] == [
        (None, "区红十字会开展志愿服务主题活动", "湖滨街道已建成24个服务点"),
        ("聚焦民生实事", "让全民阅读走进千家万户", None)]


def test_a_headline_over_its_byline_takes_no_column_tail_its_cut_lead_does() -> None:
    page = convert("""
        枫桥镇举办防汛应急演练
        记者贺超 苏秀宁

        本报讯 8月26日晚上，防汛应急演练在杏花里小区举行

        东林街道消防安全工作取得新进展
        ● 见习记者 袁敏

        本报讯 9月9日上午，消防安全培训在和平新村举行，230余名青少年参加了活动。

        ，区绿化市容局、枫桥镇相关负责人及130余名老年人参加了活动。
    """)
    first, second = page.articles
    assert titles(first) == (None, "枫桥镇举办防汛应急演练", None)
    assert paragraphs(first) == ["本报讯 8月26日晚上，防汛应急演练在杏花里小区举行，"
                                 "区绿化市容局、枫桥镇相关负责人及130余名老年人参加了活动。"]
    assert titles(second) == (None, "东林街道消防安全工作取得新进展", None)
    assert paragraphs(second) == ["本报讯 9月9日上午，消防安全培训在和平新村举行，230余名青少年参加了活动。"]


def test_the_imprint_and_the_masthead_boxs_lines_are_furniture() -> None:
    page = convert("""
        徐汇报
        主办：徐汇区融媒体中心
        农历十月初三
        今日天气：晴 12℃～20℃
        总编室：021-64871234
        A1-A16

        某地出台新政策

        本报讯 近日，区里召开会议，部署冬季安全工作。

        印刷：解放日报印务中心
    """)
    assert page.furniture == ["徐汇报", "主办：徐汇区融媒体中心", "农历十月初三", "今日天气：晴 12℃～20℃",
                              "总编室：021-64871234", "A1-A16", "印刷：解放日报印务中心"]
    assert [article.headline for article in page.articles] == ["某地出台新政策"]


def test_the_masthead_box_s_weather_without_a_colon_is_furniture() -> None:
    page = convert("""
        徐汇报
        今日天气 多云 26℃~33℃ 东南风3级
        晴转多云 12℃～20℃

        社区公园焕新开放

        本报讯 近日，位于田林路的社区公园完成改造，重新向市民开放。
    """)
    assert page.furniture == ["徐汇报", "今日天气 多云 26℃~33℃ 东南风3级", "晴转多云 12℃～20℃"]
    assert [article.headline for article in page.articles] == ["社区公园焕新开放"]


def test_a_photographers_note_closing_a_line_makes_it_a_credited_caption() -> None:
    (article,) = convert("""
        市民公园赏秋

        本报讯 近日，区里多个公园迎来最佳观赏期。

        市民在公园里散步。（摄影 张三）

        社区召开赏秋活动动员会。（记者 李四）
    """).articles
    assert captions(article) == [("市民在公园里散步。", "张三")]
    assert paragraphs(article)[-1] == "社区召开赏秋活动动员会。"
    (printed_traditional,) = convert("""
        市民公園賞秋

        近日，多個公園迎來最佳觀賞期。

        市民在公園裡散步。（攝影 張三）
    """).articles
    assert captions(printed_traditional) == [("市民在公園裡散步。", "張三")]
    assert [(person.name, person.role) for person in article.bylines] == [("李四", "记者")]


def test_a_reprints_first_title_and_where_it_was_taken_from_are_credit_notes() -> None:
    (article,) = convert("""
        多地出台新政策

        本报讯 近日，多地出台新政策，支持老旧小区改造。

        （原标题：老旧小区改造迎来新政策）

        本文转自：人民网
    """).articles
    assert article.credits == ["原标题：老旧小区改造迎来新政策", "本文转自：人民网"]
    assert [block.type for block in article.body] == ["paragraph"]


def test_a_wrapped_line_with_a_comma_over_the_short_end_of_its_sentence_is_text() -> None:
    (article,) = convert("""
        南开区开展消防安全检查

        本报讯（记者 李娜）南开区近日对辖区内的商场、超市等人员密集场所开展消防安全检查。
        检查中共发现隐患12处，均已督促整改到
        位。
    """).articles
    assert paragraphs(article) == ["本报讯 南开区近日对辖区内的商场、超市等人员密集场所开展消防安全检查。",
                                   "检查中共发现隐患12处，均已督促整改到位。"]


def test_a_papers_report_set_apart_from_its_text_is_a_dateline_formula() -> None:
    (article,) = convert("""
        屯門新公園下月開放

        星島日報報道 康文署表示，位於屯門的新公園將於下月中旬開放。
    """).articles
    assert article.dateline is not None and article.dateline.source == "星島日報報道"


def test_a_sentence_marked_with_a_triangle_pointing_at_the_photo_is_its_caption() -> None:
    (article,) = convert("""
        市民公园赏秋

        本报讯 近日，区里多个公园迎来最佳观赏期。

        ▲市民在公园里散步。

        会议要求，各部门要做好游园服务保障。
    """).articles
    assert captions(article) == [("市民在公园里散步。", None)]
    assert paragraphs(article) == ["本报讯 近日，区里多个公园迎来最佳观赏期。", "会议要求，各部门要做好游园服务保障。"]


def test_a_short_named_papers_formula_before_a_date_is_a_dateline() -> None:
    # 南都讯 before a date phrase set apart, as before a reporter's role.
    (news,) = convert("""
        深圳地铁14号线开通试运营

        南都讯 3月5日上午，深圳地铁14号线正式开通试运营。
    """).articles
    assert (news.dateline.source, news.dateline.date_text) == ("南都讯", "3月5日上午")
    assert paragraphs(news) == ["南都讯 3月5日上午，深圳地铁14号线正式开通试运营。"]


def test_the_desks_credits_after_a_byline_are_furniture_and_close_its_article() -> None:
    # 新京报 signs an article at its end with the reporter and then the desk: who edited and proofread
    # it are no bylines, and the byline is the article above's, not the next headline's.
    page = convert("""
        老旧小区加装电梯提速

        新京报讯 今年以来，北京市老旧小区加装电梯工作持续提速，已完成加装300余部。

        新京报记者 赵六 编辑 刘七 校对 陈八

        春日赏花正当时

        新京报讯（记者 孙九）近日，植物园内樱花盛开，吸引了大量游客前来观赏。
    """)
    lifts, flowers = page.articles
    assert [(byline.name, byline.role) for byline in lifts.bylines] == [("赵六", "新京报记者")]
    assert [(byline.name, byline.role) for byline in flowers.bylines] == [("孙九", "记者")]
    assert page.furniture == ["编辑 刘七 校对 陈八"]


def test_a_column_tail_too_short_for_a_paragraph_finishes_the_sentence_cut_elsewhere() -> None:
    # 便捷服务。 is one short clause ending a sentence: no paragraph of its own, the end of the one cut
    # at 享受到, though no word spans the cut and nothing in it says it goes on.
    books, drill = convert("""
        社区书房正式投入使用

        本报讯 近日，枫桥镇阳光花园的社区书房正式投入使用。

        下一步，区民政局将继续完善服务机制，让更多居民在家门口享受到

        青松街道举办防汛应急演练

        本报讯 日前，防汛应急演练在杏花里小区举行，110余名青少年参加了活动。

        便捷服务。
    """).articles
    assert paragraphs(books) == ["本报讯 近日，枫桥镇阳光花园的社区书房正式投入使用。",
                                 "下一步，区民政局将继续完善服务机制，让更多居民在家门口享受到便捷服务。"]
    assert paragraphs(drill) == ["本报讯 日前，防汛应急演练在杏花里小区举行，110余名青少年参加了活动。"]
    # A quotation as short opens as a sentence does: it is no tail.
    books, talk = convert("""
        社区书房正式投入使用

        本报讯 近日，枫桥镇阳光花园的社区书房正式投入使用。

        下一步，区民政局将继续完善服务机制，让更多居民在家门口享受到

        老人们的新去处

        本报讯 日前，杏花里小区的老人们来到社区书房读书看报。

        “这里的书真多啊。”
    """).articles
    assert paragraphs(books)[-1] == "下一步，区民政局将继续完善服务机制，让更多居民在家门口享受到"
    assert paragraphs(talk) == ["本报讯 日前，杏花里小区的老人们来到社区书房读书看报。", "“这里的书真多啊。”"]


def test_a_short_exclamation_after_an_articles_last_paragraph_is_text_not_a_section_head() -> None:
    (article,) = convert("""
        老人们的新去处

        本报讯 日前，杏花里小区的老人们来到社区书房读书看报。

        “谢谢你们！”
    """).articles
    assert [(block.type, block.text) for block in article.body] == [
        ("paragraph", "本报讯 日前，杏花里小区的老人们来到社区书房读书看报。"), ("paragraph", "“谢谢你们！”")]


def test_title_blocks_printed_each_after_its_articles_text_go_up_to_it() -> None:
    # Text, title, text, title: each title was read as heading the text under it, which left the
    # first article without one and the last title heading nothing. Their words tell.
    meeting, books, drill = convert("""
        本报讯 3月4日，区里召开会议，部署全年重点工作。

        会议指出，要抓好各项任务落实。

        区委召开全年工作部署会

        本报讯 日前，枫桥镇阳光花园的社区书房正式投入使用，为周边居民提供阅读服务。

        据介绍，书房每周开放6天。

        社区书房正式投入使用

        本报讯 近日，区里组织开展防汛应急演练，100余人参加。

        演练模拟了暴雨积水等场景。

        防汛应急演练举行
    """).articles
    assert [meeting.headline, books.headline, drill.headline] == [
        "区委召开全年工作部署会", "社区书房正式投入使用", "防汛应急演练举行"]
    assert paragraphs(drill) == ["本报讯 近日，区里组织开展防汛应急演练，100余人参加。", "演练模拟了暴雨积水等场景。"]
    # A title over the text it shares its words with stays there, though text without a title
    # stands above it and a title heading nothing ends the page.
    page = convert("""
        会议指出，要抓好各项任务落实。

        社区书房正式投入使用

        本报讯 日前，枫桥镇阳光花园的社区书房正式投入使用，为周边居民提供阅读服务。

        据介绍，书房每周开放6天。

        防汛应急演练举行
    """)
    assert [article.headline for article in page.articles] == ["", "社区书房正式投入使用"]
    # The last title, after an article its byline closed, made a draft of its own: it goes up once.
    page = convert("""
        本报讯 3月4日，区里召开会议，部署全年重点工作。

        区里召开会议部署全年重点工作

        本报讯 日前，枫桥镇阳光花园的社区书房正式投入使用。

        （记者 张三）

        社区书房每周开放
    """)
    assert [article.headline for article in page.articles] == ["区里召开会议部署全年重点工作", "社区书房每周开放"]
    assert page.furniture == []


def test_a_column_tail_finishing_a_quotations_attribution_goes_back_to_it() -> None:
    # The paragraph stops after a quotation, in the sentence that says who spoke (”和平); the
    # tail printed under another article names the speaker and the verb (新村社区工作者江欣嘉说。).
    books, drill = convert("""
        社区书房正式投入使用

        本报讯 近日，社区书房正式投入使用。“希望这样的活动以后能多办几场。”和平

        防汛应急演练举行

        本报讯 日前，区里组织开展防汛应急演练，100余人参加。

        新村社区工作者江欣嘉说。据介绍，书房每周开放6天。
    """).articles
    assert paragraphs(books) == ["本报讯 近日，社区书房正式投入使用。“希望这样的活动以后能多办几场。”"
                                 "和平新村社区工作者江欣嘉说。据介绍，书房每周开放6天。"]
    assert paragraphs(drill) == ["本报讯 日前，区里组织开展防汛应急演练，100余人参加。"]


def test_a_chart_credited_to_the_paper_s_artist_signs_its_article() -> None:
    # 南都制图：X names the artist as 南都记者 names a reporter; a picture's credit is printed under
    # its article, so it stays there, though an article with its own byline is signed once.
    page = convert("""
        地铁16号线二期开通
        沿线居民出行更便捷

        南都记者 刘晓

        南都讯 11月20日上午，深圳地铁16号线二期正式开通运营。该线路全长约9.5公里，共设车站8座。

        据介绍，二期工程开通后，龙岗区与坪山区之间的通勤时间将缩短约20分钟。

        南都制图：陈图

        口岸改造
        福田口岸旅检大楼改造完工

        南都讯 记者王芳 11月20日，福田口岸旅检大楼改造工程完工，新增自助通道24条。
    """)
    metro, port = page.articles
    assert [(person.name, person.role) for person in metro.bylines] == [("刘晓", "南都记者"), ("陈图", "南都制图")]
    assert paragraphs(metro)[-1] == "据介绍，二期工程开通后，龙岗区与坪山区之间的通勤时间将缩短约20分钟。"
    assert not [block for block in metro.body if block.type == "heading"]
    assert titles(port) == (None, "口岸改造", "福田口岸旅检大楼改造完工")
    assert [person.name for person in port.bylines] == ["王芳"]


def test_a_line_marked_as_pointing_at_a_photo_names_no_one() -> None:
    # ▲ points at a photo: 黄浦江畔 opens with a surname (and 江 opens its second half), yet it is no byline.
    (article,) = convert("""
        滨江步道全线贯通

        记者 李明

        本报讯 11月20日，黄浦滨江步道全线贯通，市民可从杨浦大桥一路走到徐浦大桥。

        ▲黄浦江畔

        市民在滨江步道散步。 记者 张三 摄

        下一步，相关部门将继续完善沿线配套设施。
    """).articles
    assert [person.name for person in article.bylines] == ["李明"]
    assert [(block.type, block.text) for block in article.body[1:]] == [
        ("heading", "黄浦江畔"), ("caption", "市民在滨江步道散步。"),
        ("paragraph", "下一步，相关部门将继续完善沿线配套设施。")]


def test_a_paragraph_opening_with_the_time_of_day_is_no_cut_sentence_s_end() -> None:
    # 凌晨，… opens a paragraph as 上午，… does: the title over it heads it, it does not read into it.
    page = convert("""
        冬季供暖季正式开始

        本报记者 孙颖

        本报讯 今天零时，本市供暖季正式开始。

        【记者手记】

        温暖背后的坚守

        凌晨，记者跟随检修人员来到东城区一处小区。

        “只要居民家里暖和了，我们就放心了。”检修班长刘强说。
    """)
    heating, notebook = page.articles
    assert paragraphs(heating) == ["本报讯 今天零时，本市供暖季正式开始。"]
    assert titles(notebook) == ("【记者手记】", "温暖背后的坚守", None)
    assert paragraphs(notebook) == ["凌晨，记者跟随检修人员来到东城区一处小区。",
                                    "“只要居民家里暖和了，我们就放心了。”检修班长刘强说。"]


def test_one_more_item_filed_under_an_article_stays_with_it() -> None:
    # 又讯 and 本报又讯 file another item under the same head: not a paper's short name (南都讯).
    page = convert("""
        社区简讯

        本报讯 11月18日，长桥街道举办垃圾分类知识讲座，80余名居民参加。

        又讯 11月19日，长桥街道组织志愿者清理小区绿化带，清运垃圾2吨。

        本报又讯 11月20日，长桥街道社区食堂推出老年套餐。
    """)
    (briefs,) = page.articles
    assert briefs.headline == "社区简讯"
    assert paragraphs(briefs) == ["本报讯 11月18日，长桥街道举办垃圾分类知识讲座，80余名居民参加。",
                                  "又讯 11月19日，长桥街道组织志愿者清理小区绿化带，清运垃圾2吨。",
                                  "本报又讯 11月20日，长桥街道社区食堂推出老年套餐。"]
    assert not page.warnings


def test_a_title_line_going_on_with_the_line_above_is_the_rest_of_its_wrap() -> None:
    # 了新变化 goes on with 志愿服务有: no subheadline opens with 了. Two lines are too few to read
    # as a narrow column's wrap by their widths.
    page = convert("""
        社区书房开进老小区
        ■记者 王丽

        本报讯 5月8日，长桥街道首家社区书房正式开放，藏书5000余册。

        志愿服务有
        了新变化
        ■记者 陈刚

        本报讯 日前，枫林街道招募的一百名志愿者正式上岗。
    """)
    assert [titles(article) for article in page.articles] == [(None, "社区书房开进老小区", None),
                                                              (None, "志愿服务有了新变化", None)]
    assert [person.name for person in page.articles[1].bylines] == ["陈刚"]


def test_a_clause_counting_up_to_a_time_opens_a_paragraph() -> None:
    # 截至10月底，… opens its sentence: short and unfinished, the line is a paragraph's first piece, no section head.
    (article,) = convert("""
        社区食堂覆盖所有街镇

        本报讯 记者从区民政局获悉，今年全区新建社区食堂5家。

        截至10月底，全区共建成社区

        食堂12家，覆盖所有街镇。
    """).articles
    assert paragraphs(article) == ["本报讯 记者从区民政局获悉，今年全区新建社区食堂5家。",
                                   "截至10月底，全区共建成社区食堂12家，覆盖所有街镇。"]
    assert not [block for block in article.body if block.type == "heading"]


def test_a_cut_paragraph_goes_on_past_one_title_block_but_not_past_two() -> None:
    # The first title block, printed after its article's text, may stand mid-sentence; the second
    # heads the text under it. The tail is the number's other digit, printed at the page's end.
    page = convert("""
        本报讯 日前，区民政局在梅园街道景明苑举办青少年暑期夏令营，100余名青少年参加。

        据介绍，梅园街道今年已有76

        让暑期托管走进千家万户
        ■记者 龚婷峰

        金沙镇举办社区运动会
        ■记者 陈刚

        区文化馆在金沙镇长乐坊举办社区运动会，120余名老年人参加。

        4户家庭参与暑期托管志愿服务，志愿者人数较去年增长25%。
    """)
    camp, games = page.articles
    assert camp.headline == "让暑期托管走进千家万户"
    assert paragraphs(camp)[-1] == "据介绍，梅园街道今年已有764户家庭参与暑期托管志愿服务，志愿者人数较去年增长25%。"
    assert paragraphs(games) == ["区文化馆在金沙镇长乐坊举办社区运动会，120余名老年人参加。"]


def test_a_byline_printed_over_its_headline_mid_sentence_is_one_title_block() -> None:
    # The byline over the headline opens no second title block: the sentence goes on under both.
    (article,) = convert("""
        本报讯 日前，长桥街道首家社区食堂正式开业，为周边老年居民

        记者 王丽

        社区食堂开进老小区

        提供平价可口的一日三餐。
    """).articles
    assert article.headline == "社区食堂开进老小区"
    assert paragraphs(article) == ["本报讯 日前，长桥街道首家社区食堂正式开业，为周边老年居民提供平价可口的一日三餐。"]


def test_the_desk_s_credits_after_an_article_end_it() -> None:
    # A title under 责编：X 校对：Y heads the next article, no section head of the one the desk signed.
    page = convert("""
        上海新增10家社区食堂

        澎湃新闻记者 张三

        记者从上海市民政局获悉，今年上海新增社区食堂10家，累计达到300家。

        来源：澎湃新闻

        责编：李四 校对：王五

        深圳地铁客流创新高

        据深圳地铁集团消息，11月22日深圳地铁客流达到850万人次，创历史新高。
    """)
    canteens, metro = page.articles
    assert canteens.credits == ["来源：澎湃新闻"]
    assert [block.type for block in canteens.body] == ["paragraph"]
    assert metro.headline == "深圳地铁客流创新高"
    assert paragraphs(metro) == ["据深圳地铁集团消息，11月22日深圳地铁客流达到850万人次，创历史新高。"]
    assert page.furniture == ["责编：李四 校对：王五"]


def test_a_column_s_wrapped_lines_hang_one_from_another_though_each_reads_as_a_title() -> None:
    # Each line under the lead is short and unpunctuated at its end; gone back to text, a full line
    # leaves the next hanging from it, down the column (让老人… is no section head).
    (article,) = convert("""
        社区食堂开进老小区

        记者 王丽

        本报讯 5月8日，长桥街道首家社区食堂
        正式开业，为周边老年居民提供平价可口
        的一日三餐。食堂由专业餐饮企业运营，
        每天供应午餐和晚餐，荤素搭配价格实惠
        深受周边居民欢迎。街道还计划在年内再
        开设两家社区食堂，覆盖辖区所有居委会
        让老人在家门口就能吃上热饭热菜
        目前食堂已与周边三家养老机构签约。
    """).articles
    assert [block.type for block in article.body] == ["paragraph"]
    assert paragraphs(article)[0].endswith("覆盖辖区所有居委会让老人在家门口就能吃上热饭热菜"
                                           "目前食堂已与周边三家养老机构签约。")


def test_title_shaped_lines_filling_a_hard_wrapped_column_over_its_text_are_a_paragraph() -> None:
    # 志愿者们每天早晚… opens a paragraph after a blank line: as wide as the column's lines, over
    # the paragraph's other lines, it is no section head.
    (article,) = convert("""
        垃圾分类志愿者上岗

        记者 陈刚

        本报讯 日前，枫林街道招募的一百名垃
        圾分类志愿者正式上岗，在辖区各小区的
        投放点开展指导。街道为志愿者统一配发
        了工作服和手套，并组织了岗前培训。

        志愿者们每天早晚两次值守定时投放点
        手把手教居民分类投放，一个月下来，居
        民的分类准确率明显提高。
    """).articles
    assert paragraphs(article) == ["本报讯 日前，枫林街道招募的一百名垃圾分类志愿者正式上岗，"
                                   "在辖区各小区的投放点开展指导。街道为志愿者统一配发了工作服和手套，并组织了岗前培训。",
                                   "志愿者们每天早晚两次值守定时投放点手把手教居民分类投放，"
                                   "一个月下来，居民的分类准确率明显提高。"]
    assert not [block for block in article.body if block.type == "heading"]


def test_a_headline_under_its_speaker_s_kicker_is_no_column_line() -> None:
    # No blank lines, and the headline holds clause marks over the text: under a kicker naming
    # its speaker it is the headline, not a line of the column it is printed over.
    page = convert("""
        社区食堂开进老小区
        记者 王丽
        本报讯 5月8日，长桥街道首家社区食堂
        正式开业，为周边老年居民提供平价可口
        的一日三餐。食堂由专业餐饮企业运营，
        每天供应午餐和晚餐，深受居民欢迎。
        市人大代表、区委书记张华:
        抓经济、稳增长;财力增长、民生改善
        “今年全区将安排民生保障资金150亿
        元，同比增长5%。”张华说，全区将继续
        推进社区食堂建设。
    """)
    canteen, interview = page.articles
    assert paragraphs(canteen)[-1].endswith("每天供应午餐和晚餐，深受居民欢迎。")
    assert titles(interview) == ("市人大代表、区委书记张华:", "抓经济、稳增长;财力增长、民生改善", None)
    assert paragraphs(interview) == ["“今年全区将安排民生保障资金150亿元，同比增长5%。”张华说，"
                                     "全区将继续推进社区食堂建设。"]


def test_a_page_of_one_line_paragraphs_without_blank_lines_is_no_column() -> None:
    # Two lines left open agree on a width by chance; most paragraphs run wider, each a line:
    # no column is wrapped at that width, and a paragraph ending a sentence ends there.
    (article,) = convert("""
        社区食堂开进老小区
        记者 王丽
        本报讯 5月8日，长桥街道首家社区食堂正式开业。食堂由专业餐饮企业运营，每天供应午餐和晚餐。
        据介绍，食堂每天接待居民300余人次，
        周末还推出特色套餐。
        街道相关负责人表示，将继续完善社区食堂布局，年内再开设两家社区食堂，覆盖辖区所有居委会。
        居民张阿姨说，食堂的饭菜很实惠，
        味道也不错。
        下一步，街道将探索为高龄老人提供送餐上门服务，让老人在家门口就能吃上热饭热菜。
        食堂还设置了营养配餐角，由社区卫生服务中心的医生定期提供饮食建议，受到居民欢迎。
        据统计，今年以来全区已建成社区食堂12家，累计服务老年居民超过10万人次，居民满意度明显提升。
        区民政局相关负责人介绍，明年将推动社区食堂向郊区延伸，实现全区各街镇社区食堂全覆盖。
    """).articles
    assert [text[:6] for text in paragraphs(article)] == ["本报讯 5月", "据介绍，食堂", "街道相关负责", "居民张阿姨说",
                                                          "下一步，街道", "食堂还设置了", "据统计，今年",
                                                          "区民政局相关"]
    assert paragraphs(article)[1] == "据介绍，食堂每天接待居民300余人次，周末还推出特色套餐。"


def test_a_narrow_column_s_paragraph_cut_at_its_last_line_is_no_title_block() -> None:
    # Every line of the second paragraph reads as a title, the last short and open over a blank
    # line; under two lines that read as the column's, it is the paragraph's last, and the rest
    # of its sentence follows.
    (article,) = convert("""
        相互批评很诚恳 检视剖析画像准

        本报讯 日前，区委常委会召开
        民主生活会。区委书记曹立强主
        持会议。市委巡回指导组组长苏
        明到会指导。

        区委常委会为开好民主生活
        会作了充分准备，通过个别
        访谈、书面征求等方式，广
        泛征求各委办局、街镇、离
        退休老同志、党员代表、基
        层群众的意见建议

        105条，深入开展谈心谈话177次。
    """).articles
    assert paragraphs(article)[1] == ("区委常委会为开好民主生活会作了充分准备，通过个别访谈、书面征求等方式，"
                                      "广泛征求各委办局、街镇、离退休老同志、党员代表、基层群众的意见建议105条，"
                                      "深入开展谈心谈话177次。")
    assert len(paragraphs(article)) == 2


def test_a_head_over_text_that_opens_a_paragraph_is_no_column_line() -> None:
    # On a page wrapped in a narrow column, a section head holding a comma is printed tight over
    # its text; that text opens as a paragraph does (据介绍，…): the head heads it.
    (article,) = convert("""
        平安社区建设提速

        本报讯 5月8日，长桥街
        道召开平安社区建设推进
        会，部署下一阶段工作。
        会议要求各居委会压实责
        任，加强隐患排查整治。

        守住安全底线，筑牢平安防线
        据介绍，街道今年共排查各
        类隐患120处，已全部整改。
    """).articles
    assert [(block.type, block.text) for block in article.body[1:]] == [
        ("heading", "守住安全底线，筑牢平安防线"), ("paragraph", "据介绍，街道今年共排查各类隐患120处，已全部整改。")]
