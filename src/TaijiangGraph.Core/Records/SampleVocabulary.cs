namespace TaijiangGraph.Core.Records;

/// <summary>The word lists of the sample world: Taijiang streets with their roads and communities, names, trades.</summary>
internal static class SampleVocabulary
{
    /// <summary>The ten streets (街道) of Taijiang, stored without the 街道 suffix.</summary>
    public static readonly string[] Streets = ["瀛洲", "后洲", "义洲", "新港", "上海", "苍霞", "茶亭", "洋中", "鳌峰", "宁化"];

    public static readonly string[][] RoadsByStreet =
    [
        ["交通路", "瀛洲路", "曙光支路"],
        ["后洲路", "群众路", "排尾路"],
        ["义洲路", "工业路", "白马南路"],
        ["新港路", "五一南路", "国货东路"],
        ["上海路", "八一七中路", "六一中路"],
        ["苍霞路", "星安路", "江滨西大道"],
        ["茶亭路", "广达路", "西洋路"],
        ["洋中路", "五一中路", "达道路"],
        ["鳌峰路", "鳌江路", "江滨中大道"],
        ["宁化路", "上浦路", "双湖路"],
    ];

    public static readonly string[][] CommunitiesByStreet =
    [
        ["瀛洲社区", "交通路社区", "曙光社区"],
        ["后洲社区", "群众路社区", "排尾社区"],
        ["义洲社区", "白马社区", "工业路社区"],
        ["新港社区", "五一社区", "国货社区"],
        ["上海社区", "六一社区", "光明社区"],
        ["苍霞社区", "星安社区", "江滨社区"],
        ["茶亭社区", "广达社区", "西洋社区"],
        ["洋中社区", "达道社区", "三保社区"],
        ["鳌峰社区", "鳌江社区", "帮洲社区"],
        ["宁化社区", "上浦社区", "双湖社区"],
    ];

    /// <summary>Single-character surnames; the most common in Fuzhou (陈, 林, 黄) appear more than once to weigh them.</summary>
    public const string Surnames = "陈陈陈陈林林林林黄黄黄张张吴吴王王李李郑郑刘杨许何郭蔡谢朱周徐邱游卓翁江潘方高叶";

    public const string MaleGivenChars = "伟强磊军勇杰涛斌明辉建华志鹏宇浩晨凯俊峰亮鑫超龙坤";

    public const string FemaleGivenChars = "芳娜敏静丽秀英燕玲婷霞琳雪慧颖萍红梅兰琴洁倩怡莹";

    public const string NeutralGivenChars = "德嘉子思文佳晓海春金国永一诗清宁安";

    public static readonly (string Value, int Weight)[] Ethnicities =
    [
        ("汉族", 950),
        ("畲族", 20),
        ("回族", 10),
        ("满族", 8),
        ("苗族", 4),
        ("壮族", 4),
        ("土家族", 2),
        ("蒙古族", 2),
    ];

    public const string TradeFirstChars = "鑫恒华宏永金瑞中嘉新天汇锦安聚同万祥福盛德润兴隆";

    public const string TradeSecondChars = "泰达源丰利通成昌盛辉鸿信诚邦发顺和茂远航";

    public static readonly string[] Industries =
    [
        "贸易",
        "电子商务",
        "餐饮管理",
        "信息科技",
        "服装",
        "物业管理",
        "建材",
        "茶业",
        "文化传媒",
        "酒店管理",
        "医药",
        "装饰工程",
        "物流",
        "食品",
        "教育咨询",
        "电器",
    ];

    public static readonly (string Value, int Weight)[] EntityTypes =
    [
        ("有限责任公司（自然人投资或控股）", 50),
        ("有限责任公司（自然人独资）", 25),
        ("有限责任公司（法人独资）", 10),
        ("股份有限公司（非上市、自然人投资或控股）", 5),
        ("个人独资企业", 10),
    ];

    public static readonly (string Value, int Weight)[] EntityStatuses = [("存续", 60), ("在业", 25), ("注销", 10), ("吊销", 5)];

    public static readonly string[] InspectionNotes =
    [
        "年度抽查未发现问题",
        "经营场所与登记住所不一致，已责令限期整改",
        "未按时公示年度报告，已列入经营异常名录",
        "食品经营许可证即将到期，已提醒续办",
        "消费投诉已调解处理",
        "广告宣传用语不规范，已约谈整改",
    ];

    public static readonly string[] InsuranceTypes = ["养老", "医疗", "失业", "工伤"];

    public static readonly (string Value, int Weight)[] InsuranceStatuses = [("参保缴费", 80), ("暂停缴费", 12), ("终止参保", 8)];

    public static readonly (string Value, int Weight)[] AllowanceCategories = [("低保", 70), ("低保边缘", 20), ("特困", 10)];

    public static readonly (string Value, int Weight)[] HealthConditions = [("健康", 45), ("慢性病", 30), ("重病", 10), ("残疾", 15)];

    public static readonly (string Value, int Weight)[] TaxTypes =
    [
        ("增值税", 40),
        ("企业所得税", 15),
        ("个人所得税", 15),
        ("城市维护建设税", 10),
        ("印花税", 8),
        ("房产税", 5),
        ("城镇土地使用税", 4),
        ("土地增值税", 3),
    ];

    public static readonly (string Value, int Weight)[] CreditGrades = [("A", 25), ("B", 45), ("M", 20), ("C", 7), ("D", 3)];
}
