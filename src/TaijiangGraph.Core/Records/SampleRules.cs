using System.Globalization;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>
/// The value rules of the sample world, by <c>resource.item</c>, then by item name alone (<c>street</c>,
/// <c>*phone</c>) for catalogs that reuse those names. Copies (a legal representative's name) read the referenced record.
/// </summary>
internal static class SampleRules
{
    private static readonly decimal[] RoundCapitals = [10m, 30m, 50m, 100m, 200m, 300m, 500m, 1000m, 2000m, 5000m];

    private static readonly Dictionary<string, ValueRule> Rules = Build();

    public static ValueRule? Find(string resource, string item)
    {
        if (Rules.TryGetValue(resource + "." + item, out var rule))
        {
            return rule;
        }

        return item switch
        {
            "street" => Text(ctx => SampleValues.Street(ctx.Rng)),
            _ when item.EndsWith("phone", StringComparison.Ordinal) => Text(ctx => SampleValues.MobilePhone(ctx.Rng)),
            _ => null,
        };
    }

    public static ValueRule Text(Func<RecordContext, object?> produce, double nullRate = 0) => new(DataKind.String, produce, nullRate);

    public static ValueRule Date(Func<RecordContext, object?> produce) => new(DataKind.Date, produce);

    public static ValueRule Money(Func<RecordContext, object?> produce) => new(DataKind.Decimal, produce);

    /// <summary><c>福州台江{字号}{行业}{组织形式}</c>, the form suiting the entity type when known.</summary>
    public static string EntityName(Random rng, string? entityType)
    {
        var form = entityType switch
        {
            null => "有限公司",
            _ when entityType.Contains("股份", StringComparison.Ordinal) => "股份有限公司",
            _ when entityType.Contains("个人独资", StringComparison.Ordinal) => "商行",
            _ => "有限公司",
        };
        return string.Create(
            CultureInfo.InvariantCulture,
            $"福州台江{SampleValues.Pick(rng, SampleVocabulary.TradeFirstChars)}"
                + $"{SampleValues.Pick(rng, SampleVocabulary.TradeSecondChars)}{SampleValues.Pick(rng, SampleVocabulary.Industries)}{form}"
        );
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static bool? IsMale(string? gender) =>
        gender switch
        {
            "男" => true,
            "女" => false,
            _ => null,
        };

    private static Dictionary<string, ValueRule> Build()
    {
        var rules = new Dictionary<string, ValueRule>(StringComparer.Ordinal)
        {
            // household_person: birth date and gender come from the ID number, the name suits the gender.
            ["household_person.name"] = Text(ctx => SampleValues.PersonName(ctx.Rng, IsMale(ctx.Text("gender")))),
            ["household_person.gender"] = Text(ctx =>
                IdNumberFacts.GenderOf(ctx.Text("id_number")) ?? (ctx.Rng.Next(2) == 0 ? "男" : "女")
            ),
            ["household_person.ethnicity"] = Text(ctx => SampleValues.Weighted(ctx.Rng, SampleVocabulary.Ethnicities)),
            ["household_person.birth_date"] = Date(ctx =>
                IdNumberFacts.BirthDateOf(ctx.Text("id_number")) ?? SampleValues.DateBetween(ctx.Rng, new(1940, 1, 1), new(2008, 12, 31))
            ),
            ["household_person.household_no"] = Text(ctx =>
                ctx.Rng.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture)
            ),
            ["household_person.registered_address"] = Text(ctx => SampleValues.Address(ctx.Rng, ctx.Text("street"))),
            ["household_person.marital_status"] = Text(MaritalStatus),

            // market_entity: the legal representative is a person of household_person.
            ["market_entity.name"] = Text(ctx => EntityName(ctx.Rng, ctx.Text("entity_type"))),
            ["market_entity.entity_type"] = Text(ctx => SampleValues.Weighted(ctx.Rng, SampleVocabulary.EntityTypes)),
            ["market_entity.legal_rep"] = Text(ctx => ctx.CopyText("legal_rep_id", "name") ?? SampleValues.PersonName(ctx.Rng, null)),
            ["market_entity.registered_capital"] = Money(ctx =>
                ctx.Rng.Next(100) < 65 ? SampleValues.Pick(ctx.Rng, RoundCapitals) : SampleValues.LogMoney(ctx.Rng, 3, 10_000)
            ),
            ["market_entity.established_on"] = Date(ctx =>
                SampleValues.DateBetween(
                    ctx.Rng,
                    Min(IdNumberFacts.NotBeforeAge(ctx.Text("legal_rep_id"), 18, new(1995, 1, 1)), SampleValues.AsOf),
                    SampleValues.AsOf
                )
            ),
            ["market_entity.address"] = Text(ctx => SampleValues.Address(ctx.Rng, ctx.Text("street"))),
            ["market_entity.status"] = Text(ctx => SampleValues.Weighted(ctx.Rng, SampleVocabulary.EntityStatuses)),
            ["market_entity.contact_phone"] = Text(ctx => SampleValues.MobilePhone(ctx.Rng), nullRate: 0.03),
            ["market_entity.inspection_notes"] = Text(ctx => SampleValues.Pick(ctx.Rng, SampleVocabulary.InspectionNotes), nullRate: 0.6),
        };
        SampleServiceRules.AddTo(rules);
        return rules;
    }

    private static string MaritalStatus(RecordContext ctx)
    {
        var age = ctx.Date("birth_date") is { } birth ? SampleValues.AsOf.Year - birth.Year : 40;
        return age switch
        {
            < 22 => "未婚",
            > 70 => SampleValues.Weighted(ctx.Rng, [("已婚", 60), ("丧偶", 30), ("离异", 5), ("未婚", 5)]),
            _ => SampleValues.Weighted(ctx.Rng, [("已婚", 72), ("未婚", 18), ("离异", 10)]),
        };
    }
}
