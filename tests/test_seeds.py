"""Each seed page rebuilds to its articles: exact titles, bylines, datelines and
the first and last paragraph of every article (the gold annotations' content)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

import pytest

import restructure

SEED_DIR = Path(__file__).resolve().parents[1] / "seeds"


@dataclass(frozen=True)
class Expected:
    kicker: str | None
    headline: str
    subheadline: str | None
    bylines: list[tuple[str, str | None]]
    dateline: tuple[str, str | None] | None
    headings: list[str]
    captions: list[tuple[str, str | None]]
    credits: list[str]
    paragraphs: int
    first: str
    last: str


SEEDS = {
    '000_a5110991cdcd8b2d.txt': [
        Expected(
            kicker=None, headline='在服务新发展格局中彰显徐汇作为', subheadline='各部门各单位认真贯彻区委十届十次全会精神',
            bylines=[('宗河', None)], dateline=None,
            headings=['建设平安城区 强化法治保障', '做优做强 积蓄城市发展动能', '全面推动“健康徐汇”建设', '提升人力资源服务能级', '打造安全舒适智慧生活'],
            captions=[], credits=[],
            paragraphs=5,
            first='区委政法委建设平安城区,强化法治保障。一是不断提高政治站位。深入学习贯彻习近平总书记“七一”重要讲话精神,牢记“九个必须”,深入开展党史学习教育,统筹推进政法系统政治轮训,加强政法英模典型事迹宣传,弘扬光荣传统,赓续红色血脉,提振队伍士气。二是巩固教育整顿成效。扎实开展“回头看”,推进案件线索办理,确保办结销号案清事明;开展顽瘴痼疾整治,确保系统施策标本兼治;推动指导意见整改,确保条条整改件件落实;健全相关制度机制,确保常态长效正风肃纪。三是守牢城区安全底线。以市域社会治理现代化试点中期评估为契机,深入滚动排摸重点领域、重点场所风险隐患,加强源头治理、依法治理,提高应急处突能力,切实维护好群众的生命和财产安全,保障城区安全运行和发展。',
            last='斜土街道坚持党建引领,提升江南新村基层治理能级。一是党建引领推动自治共治。挖掘历史特色文化,打造江南“先锋汇”,引入沉浸式互动体验,宣传模范事迹;聚焦基层治理,整合区域资源,加强共商共议,引导群众参与社区事务。二是多方联动提升居住品质。联合相关部门,推进江南新村邻里汇2.0版与第二敬老院升级改造,全覆盖推动加装电梯,对小区道路等公共设施进行适老化改造,推动江南新村建设沉浸式养老体验社区。三是科技赋能打造智慧社区。完成江南新村车棚改造和智能安防建设,安装智能充电设备、道路监控摄像机等设施,结合网格员巡查,实时掌握动态,提升安全防范能级。依托邻里汇空间载体,建立以物联网、人工智能为支撑的“云医院”,提供咨询、问诊等医疗服务,打造安全舒适的智慧生活。',
        ),
        Expected(
            kicker='认真贯彻区委十届十次全会精神', headline='区委党校干部教育培训主题教室揭牌启用', subheadline=None,
            bylines=[('耿洁玉', '记者')], dateline=('本报讯', '7月23日'),
            headings=[],
            captions=[], credits=[],
            paragraphs=4,
            first='本报讯 7月23日,徐汇区委党校干部教育培训主题教室启用仪式在区委党校举行。市委党校(行政学院)副校(院)长谢根华,区委常委、组织部长刘琪出席启用仪式并讲话。区委研究室、区委组织部、区委党史研究室、区档案局、区科委、区文旅局等相关部门人员,部分街道社区党校负责人,区委党校中青班、青干班学员代表,区委党校教职员工代表等参加了活动。',
            last='揭牌仪式后,与会人员还聆听了由区委党校副教授王晓芸主讲的学习习近平总书记“七一”重要讲话精神主题微党课。',
        ),
        Expected(
            kicker=None, headline='更加注重软硬实力的建设协同集成', subheadline='区十六届人大常委会举行第四十一次会议',
            bylines=[('汪晓', '记者')], dateline=('本报讯', '7月23日下午'),
            headings=[],
            captions=[], credits=[],
            paragraphs=5,
            first='本报讯 7月23日下午,区十六届人大常委会举行第四十一次会议。区人大常委会主任李新华,副主任朱成钢、徐国文、卢鉴、朱伟红、刘燕刚和常委会委员共30人出席了会议。会议由李新华主持。',
            last='区领导王宏伟、纪晓鹏、俞林伟、秦丽萍、晏波、朱庆华、徐世亮,部分区人大代表,有关部门负责人、各街道人大工委、华泾镇人大负责人列席了会议。为扩大公民有序政治参与,增强人大工作透明度,本次会议邀请了公民旁听。',
        ),
    ],
    '001_263c134d26e6ddd1.txt': [
        Expected(
            kicker='深入领会市第十二次党代会精神 扎实推进“建设新徐汇、再造新徐汇”', headline='徐汇区召开区委中心组学习(扩大)会', subheadline=None,
            bylines=[('刘坤', '记者'), ('朱亮', '记者'), ('陈文卿', '记者')], dateline=('本报讯', '7月18日上午'),
            headings=['校准方位 把握新使命', '克难奋进 建设新徐汇', '善作善成 展现新气象'],
            captions=[], credits=[],
            paragraphs=6,
            first='本报讯 7月18日上午,徐汇区召开区委中心组学习(扩大)会,围绕学习贯彻市第十二次党代表大会精神作专题学习。区委书记曹立强主持会议。会上,市委讲师团专家宣讲团成员、上海社会科学院党委书记权衡围绕“全面准确把握和理解党代会精神的核心要义”“上海未来5年发展应关注的十个重大问题”两方面作专题辅导报告。区委副书记、区长钟晓咏,区委副书记沈权作交流发言。',
            last='区委中心组全体成员及其他市管干部参加。',
        ),
        Expected(
            kicker=None, headline='一刻钟「圈住」美好生活', subheadline='徐汇区上榜了这份全国试点名单',
            bylines=[('朱亮', '记者')], dateline=('本报讯', None),
            headings=[],
            captions=[], credits=[],
            paragraphs=4,
            first='本报讯 据商务部消息,目前,全国第二批城市一刻钟便民生活圈试点地区名单公布,在公布的全国50个地区中,上海市徐汇区上榜。一刻钟便民生活圈,就是服务半径在步行15分钟左右范围内,以社区居民为服务对象,以满足居民日常生活基本消费和品质消费等为目标,以多业态集聚形成的社区商圈。',
            last='按照计划,今年,徐汇区将按照人口分布、服务半径划分片区,开展邻里汇3.0版提升行动,新建和提升39家邻里汇;持续推进长护险试点;加快推进“乐龄汇”南部养老中心项目;优化漕开发、徐汇中城等地区服务配套;创建一批早餐工程示范点。',
        ),
        Expected(
            kicker=None, headline='全力做好我区信访和安稳工作', subheadline=None,
            bylines=[], dateline=('本报讯', None),
            headings=[],
            captions=[], credits=[],
            paragraphs=4,
            first='本报讯 徐汇区信访工作联席会议全体(扩大)会议暨安全稳定工作会议7月20日下午召开。区委书记曹立强在会上强调,要深入学习贯彻习近平总书记关于加强和改进人民信访工作的重要指示精神和中央、市委有关会议精神,全力做好我区信访和安全稳定工作。',
            last='会上,斜土路街道、区绿化市容局、城投集团作交流发言。',
        ),
    ],
    '002_099af25705cb636e.txt': [
        Expected(
            kicker=None, headline='相互批评很诚恳 检视剖析画像准', subheadline='区委常委会召开2021年度民主生活会暨党史学习教育专题民主生活会',
            bylines=[], dateline=('本报讯', '日前'),
            headings=[],
            captions=[], credits=[],
            paragraphs=4,
            first='本报讯 日前,区委常委会召开2021年度民主生活会暨党史学习教育专题民主生活会,以“深入学习贯彻习近平新时代中国特色社会主义思想and党的十九届六中全会精神,大力弘扬伟大建党精神,团结带领全区各级党组织和广大党员干部群众从党的百年奋斗重大成就和历史经验中汲取智慧力量,坚定历史自信,践行时代使命,厚植为民情怀,勇于担当作为,以更加昂扬的姿态迈进新征程、建功新时代,奋力创造新时代徐汇发展新奇迹,为党的事业增添新的荣光,以优异成绩迎接党的二十大和市第十二次党代会召开”为主题,结合思想和工作实际,认真开展批评和自我批评。区委书记曹立强主持会议。市委党史学习教育第二巡回指导组组长苏明到会指导。区人大常委会主任李新华,区政协主席黄冲,市委办公厅、市纪委监委、市委组织部有关同志列席会议。',
            last='曹立强带头进行个人对照检查,区委常委钟晓咏、沈权、王宏伟、刘琪、何雅、赵懿、邹小兵、俞林伟、秦丽萍、刁挺松逐一进行个人对照检查,相互之间开展了批评帮助。大家紧扣主题,坚持高标准严要求,检视剖析画像准,相互批评很诚恳,整改措施落点实,起到了增进团结、改进工作的效果。',
        ),
        Expected(
            kicker='市人大代表、徐汇区委书记曹立强:', headline='抓经济、稳增长;财力一分增长、民生一分改善', subheadline=None,
            bylines=[], dateline=None,
            headings=[],
            captions=[], credits=['综合自:话匣子 汤丽薇'],
            paragraphs=5,
            first='“财力一分增长,民生一分改善,今年徐汇将安排民生保障资金150.7亿元,同比增长 6%,占比近全区全年预算支出的 52%。”在1月20日下午举行的上海市第十五届人民代表大会第六次会议徐汇代表团全团审议中,上海市人大代表、徐汇区委书记曹立强表示,今年徐汇区将努力实现“135”目标,即1年零星旧改约1000户全部完成,3年住房修缮约900万平方米整体竣工,5年成套改造约30万平方米全面启动。',
            last='据了解,作为上海人工智能产业发展高地之一,徐汇区现有各类人工智能相关企业600余家,但在推进企业科创板上市过程中还存在一些难点和堵点。曹立强建议,加大人工智能企业在科创板上市支持力度,推动企业走上发展“快车道”。',
        ),
        Expected(
            kicker=None, headline='高质量推动「卓越徐汇」法治建设走深走实', subheadline='徐汇区召开「八五」普法工作推进会',
            bylines=[('耿洁玉', '记者')], dateline=('本报讯', '1月20日'),
            headings=[],
            captions=[], credits=[],
            paragraphs=5,
            first='本报讯1月20日,徐汇区召开“八五”普法工作推进会暨区委依法治区委守法普法协调小组第四次会议。会议由区人大常委会副主任朱伟红主持。区委常委、宣传部长,区委依法治区委守法普法协调小组组长赵懿出席会议并讲话。区法宣领导小组、区委依法治区委守法普法协调小组成员单位领导以及各街镇分管领导、全区普法依法治理工作联络员等参加会议。',
            last='会后,举行了全区普法骨干培训,培训中对上海市“八五”普法规划进行了解读。',
        ),
        Expected(
            kicker=None, headline='徐汇首个初雨调蓄设施节前开工', subheadline=None,
            bylines=[('姚丽敏', '记者')], dateline=None,
            headings=[],
            captions=[], credits=[],
            paragraphs=3,
            first='近年来,受初期雨水径流污染、管道沉积物、混接污水等因素影响,市政雨水泵站放江水质相对较差,经雨水泵站排口入河的污染物占入河污染物比例较多,周边群众反映强烈,成为了水质阶段性反复的焦点问题之一。记者日前自区水务局了解到,新蒲汇塘初雨调蓄设施将于节前启动开工建设。这也是徐汇首个开工建设的初雨调蓄设施。',
            last='据了解,该项目位于田林社区175地块,南至钦州路、北至蒲汇塘,西至宜山路、东至钦州路785弄小区,规划以城市绿地为主,面积约2.85公顷。区水务部门透露,目前项目招标正在紧张进行中。项目建成后不仅能有效减少放江污染物,保障蒲汇塘水质稳定,切实解决周边群众反映强烈和水质反复的重点问题,其侧建地下车库还将有效缓解周边医院和住宅小区的停车矛盾。',
        ),
    ],
    '003_1d6fdeb0f2abfb71.txt': [
        Expected(
            kicker=None, headline='坚定信心迎难而上 确保实现“双过半”', subheadline='区长钟晓咏主持召开区政府工作会议',
            bylines=[('宗河', None)], dateline=('本报讯', '4月28日下午'),
            headings=[],
            captions=[], credits=[],
            paragraphs=6,
            first='本报讯 4月28日下午,区长钟晓咏主持召开区政府工作会议,副区长王宏伟、俞林伟、秦丽萍、毕桂平分别通报分管领域工作情况。区领导徐国文、周秀芬、冯上达参加会议。',
            last='区各部委办局、街镇、(集团)公司主要负责人及人民团体负责人参加会议。',
        ),
        Expected(
            kicker=None, headline='学党史为师铸魂 守初心为国育才', subheadline='“全国党代表引领上海普教系统优秀教师走红色路”系列活动启动',
            bylines=[('姚丽敏', '记者')], dateline=('本报讯', '4月28日'),
            headings=[],
            captions=[('赵家镐先生(左)来到现场讲授专题党课', '陈二')], credits=[],
            paragraphs=4,
            first='本报讯 4月28日,“全国党代表引领上海普教系统优秀教师走红色路”系列活动启动仪式在上海市位育中学举行。上海市普教系统历届全国党代表、上海市中小幼教师奖励基金会领导、上海市师资培训中心领导、上海市徐汇区教育工作党委领导、上海市黄浦区教育工作党委领导、上海市位育中学、位育初中、位育实验学校、长华学区教师代表、位育中学学生代表出席了当天活动。此次活动也是徐汇区教育工作党委“永远跟党走——徐汇区教育系统庆祝中国共产党成立100周年系列活动”的重要组成部分。',
            last='位育中学名誉校长赵家镐先生也亲临本次活动现场,为现场嘉宾讲授了一节专题党课。',
        ),
        Expected(
            kicker=None, headline='医媒合作资源互补 携手助力健康中国', subheadline=None,
            bylines=[('吴会雄', '记者')], dateline=('本报讯', '4月26日'),
            headings=[],
            captions=[], credits=[],
            paragraphs=6,
            first='本报讯 4月26日,中央广播电视总台上海总站与上海市第八人民医院举行工作合作签约活动。中央广播电视总台上海总站站长齐竹泉、徐汇区副区长秦丽萍出席并致辞。徐汇区卫健委、上海市第八人民医院相关负责人参会。',
            last='双方还参观了中央广播电视总台上海总站及国际传媒港。',
        ),
        Expected(
            kicker=None, headline='“新时代好班长”锻造新本领', subheadline='徐汇区举办居民区党组织书记培训班',
            bylines=[('耿洁玉', '记者')], dateline=('本报讯', '4月26日'),
            headings=[],
            captions=[], credits=[],
            paragraphs=3,
            first='本报讯 4月26日,徐汇区举办“新时代好班长”2021年居民区党组织书记培训班开班式。各街镇党(工)委副书记、党建办及党群服务中心负责人,全区306名新一届居民区党组织书记参加开班式。',
            last='开班动员中提及此次培训班聚焦“新形势”、立足“新起点”、采用“新模式”等特点,提出了激发“新气象”,“学深悟透”才能“知行合一”;锻造“新本领”,“各有各法”更要“贵在得法”;开启“新篇章”,“小巷总理”也能“大有可为”等三个方向,以此鼓励学员们,希望参与培训班的居民区书记全面加强思想淬炼、政治历练、实践锻炼、专业训练,激发担当作为的主动性、创造性,形成比学赶超的生动局面和浓厚氛围。',
        ),
    ],
    '004_f5ec3f532eb4a3e8.txt': [
        Expected(
            kicker=None, headline='在服务新发展格局中彰显徐汇作为', subheadline='各部门各单位认真贯彻区委十届十次全会精神',
            bylines=[('宗河', None)], dateline=None,
            headings=['为提升软实力贡献智慧', '“三个聚焦”推动城区健康发展', '规划引领 提升城区品质', '提升现代化教育软实力', '提高知识产权发展能级', '为招商安商稳商提供支撑', '推进风貌区微更新', '打造“清和”社区品牌', '优化社区环境 丰富民生服务'],
            captions=[], credits=[],
            paragraphs=9,
            first='区政协发挥优势彰显特色,为提升城区软实力贡献智慧力量。一是广泛凝聚共识。发挥统一战线组织平台作用,强化对“软实力”重要意义的学习宣传,引导社会各界增进共识,营造“人人参与软实力建设”的浓厚氛围,弘扬文明自信的精神品格。二是精准建言献策。发挥专门协商机构工作平台作用,聚焦疫情防控、经济稳增长、科技创新和数字化转型等下半年重点工作,深入协商议政,积极建言献策,助力营造活力迸发的创新生态。三是强化民主监督。依托“满意在徐汇”组团式联系走访和街镇政协委员工作联络组“双平台”,围绕既有多层住宅加装电梯等民生议题,全面加强和改进民主监督,合力创造令人向往的品质生活。四是增强协商效能。丰富形式、健全规则,收集民情民意、汇聚各方智慧、协调各方利益,推动政协协商与基层协商相衔接,着力构建高效有序的治理格局。',
            last='华泾镇践行“人民城市”重要理念提升基层治理能级。一是优化社区环境。实施华泾公园夜间灯光工程升级改造,融入无线控制技术,通过场景控制实现二次节能,营造优雅舒适的夜间活动空间,对轨交15号线周边绿化养护步道加装路灯及监控设备,保障居民出行安全。二是丰富民生服务。针对居民需求,推进盛华景苑、华建一街坊等居民区邻里小汇改造建设,增设社区事务受理中心延伸服务点、智慧健康小屋等功能,推进华泾托育园中计协婴幼儿照护服务示范项目创建,扩大服务人群覆盖面。完善社区商业配套,推进华泾广场业态调整,完善华泾“东南-西北”社区商业布局。三是提高自治水平。提升华阳“邻聚力”、盛华景苑“盛心汇”等居民自治品牌影响力,开设“社区家U站”四点半学堂等特色项目,开展公益伙伴日、邻里节等活动,提升群众满意度。',
        ),
        Expected(
            kicker='认真贯彻区委十届十次全会精神', headline='夯实“防”的基础 提升“抗”的能力', subheadline='本区缜密部署全力防御台风“烟花”',
            bylines=[('宗河', None)], dateline=('本报讯', None),
            headings=[],
            captions=[], credits=[],
            paragraphs=4,
            first='本报讯 本区缜密部署强化措施,全力防御台风“烟花”。',
            last='把握“人”的关键。组建16支专业抢险队伍、13支街镇抢险队伍,加强岗前培训,确保“指挥人员熟悉抢险队伍、工作人员明确自身职责、一线人员掌握专业知识”。依托“一网统管”城运平台,集中整合天气、雨情、水情等基础信息,直观展示抢险队伍安排、车辆停靠点位等重要信息,形成“防汛防台一张网”,赋能抢险队伍及物资的实时调度,确保应急处置精准、高效。',
        ),
    ],
}


def convert_seed(name: str) -> restructure.Page:
    return restructure.convert((SEED_DIR / name).read_text(encoding="utf-8"), name=name)


@pytest.mark.parametrize("name", sorted(SEEDS))
def test_seed_articles(name: str) -> None:
    page = convert_seed(name)
    expected = SEEDS[name]
    assert [article.headline for article in page.articles] == [article.headline for article in expected]
    for article, want in zip(page.articles, expected, strict=True):
        paragraphs = [block.text for block in article.body if block.type == "paragraph"]
        assert (article.kicker, article.headline, article.subheadline) == (want.kicker, want.headline,
                                                                           want.subheadline)
        assert [(byline.name, byline.role) for byline in article.bylines] == want.bylines
        assert (article.dateline and (article.dateline.source, article.dateline.date_text)) == want.dateline
        assert [block.text for block in article.body if block.type == "heading"] == want.headings
        assert [(block.text, block.credit) for block in article.body if block.type == "caption"] == want.captions
        assert article.credits == want.credits
        assert (len(paragraphs), paragraphs[0], paragraphs[-1]) == (want.paragraphs, want.first, want.last)


def test_issue_line_becomes_publication_metadata() -> None:
    page = convert_seed("001_263c134d26e6ddd1.txt")
    assert page.publication is not None
    assert (page.publication.name, page.publication.date, page.publication.issue, page.publication.issue_total) \
        == ("徐汇报", datetime.date(2022, 7, 25), 30, 1684)
    assert page.articles[0].dateline.date == datetime.date(2022, 7, 18)
    assert page.furniture == ["徐汇报", "徐汇通 APP", "上海徐汇微信", "上海徐汇发布微博", "上海徐汇抖音",
                              "《徐汇报》数字报 <http://www.xuhuibao.com>",
                              "准印证号(B)0150 / 第30期(总第1684期) / 2022年7月25日 星期一"]


def test_ids_follow_reading_order() -> None:
    page = convert_seed("003_1d6fdeb0f2abfb71.txt")
    assert [article.id for article in page.articles] == [f"003_1d6fdeb0f2abfb71-0{n}" for n in range(1, 5)]


def test_repairs_are_recorded() -> None:
    kinds = {repair.kind for article in convert_seed("003_1d6fdeb0f2abfb71.txt").articles
             for repair in article.repairs}
    assert {"joined_paragraph", "joined_dateline", "moved_title_block", "reattached_column_tail"} <= kinds
