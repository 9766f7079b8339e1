using System.Globalization;
using TaijiangGraph.Core.Catalog;

namespace TaijiangGraph.Core.Records;

/// <summary>The sample rules of the service resources: social insurance, subsistence allowances and tax payments.</summary>
internal static class SampleServiceRules
{
    private static readonly int[] HouseholdSizeWeights = [30, 25, 20, 13, 8, 4];

    private static readonly Dictionary<string, (double Min, double Max)> TaxAmounts = new(StringComparer.Ordinal)
    {
        ["增值税"] = (500, 500_000),
        ["企业所得税"] = (1_000, 800_000),
        ["个人所得税"] = (50, 50_000),
        ["城市维护建设税"] = (30, 35_000),
        ["印花税"] = (5, 5_000),
        ["房产税"] = (200, 60_000),
        ["城镇土地使用税"] = (100, 30_000),
        ["土地增值税"] = (5_000, 2_000_000),
    };

    public static void AddTo(Dictionary<string, ValueRule> rules)
    {
        // social_insurance: the insured is a person of household_person, the employer a market_entity.
        rules["social_insurance.name"] = SampleRules.Text(ctx =>
            ctx.CopyText("id_number", "name") ?? SampleValues.PersonName(ctx.Rng, null)
        );
        rules["social_insurance.insurance_type"] = SampleRules.Text(ctx => SampleValues.Pick(ctx.Rng, SampleVocabulary.InsuranceTypes));
        rules["social_insurance.status"] = SampleRules.Text(ctx => SampleValues.Weighted(ctx.Rng, SampleVocabulary.InsuranceStatuses));
        rules["social_insurance.enrolled_on"] = SampleRules.Date(ctx =>
            SampleValues.DateBetween(ctx.Rng, IdNumberFacts.NotBeforeAge(ctx.Text("id_number"), 16, new(2000, 1, 1)), SampleValues.AsOf)
        );
        rules["social_insurance.contribution_base"] = SampleRules.Money(ctx => (decimal)ctx.Rng.Next(4_000, 25_001));
        rules["social_insurance.last_paid_month"] = SampleRules.Text(ctx =>
            ctx.Text("status") == "参保缴费"
                ? SampleValues.MonthBetween(ctx.Rng, new(2025, 10, 1), SampleValues.AsOf)
                : SampleValues.MonthBetween(ctx.Rng, ctx.Date("enrolled_on") ?? new(2010, 1, 1), new(2025, 9, 30))
        );

        // subsistence_allowance: the recipient is a person of household_person, living in that person's street.
        rules["subsistence_allowance.name"] = SampleRules.Text(ctx =>
            ctx.CopyText("id_number", "name") ?? SampleValues.PersonName(ctx.Rng, null)
        );
        rules["subsistence_allowance.street"] = SampleRules.Text(ctx =>
            ctx.CopyText("id_number", "street") ?? SampleValues.Street(ctx.Rng)
        );
        rules["subsistence_allowance.community"] = SampleRules.Text(ctx => SampleValues.Community(ctx.Rng, ctx.Text("street")));
        rules["subsistence_allowance.category"] = SampleRules.Text(ctx =>
            SampleValues.Weighted(ctx.Rng, SampleVocabulary.AllowanceCategories)
        );
        rules["subsistence_allowance.monthly_amount"] = SampleRules.Money(AllowanceAmount);
        rules["subsistence_allowance.household_size"] = new(DataKind.Int, HouseholdSize);
        rules["subsistence_allowance.approved_on"] = SampleRules.Date(ctx =>
            SampleValues.DateBetween(ctx.Rng, new(2015, 1, 1), SampleValues.AsOf)
        );
        rules["subsistence_allowance.phone"] = SampleRules.Text(ctx => SampleValues.MobilePhone(ctx.Rng), nullRate: 0.03);
        rules["subsistence_allowance.address"] = SampleRules.Text(ctx => SampleValues.Address(ctx.Rng, ctx.Text("street")));
        rules["subsistence_allowance.health_condition"] = SampleRules.Text(ctx =>
            SampleValues.Weighted(ctx.Rng, SampleVocabulary.HealthConditions)
        );

        // tax_payment: the taxpayer is a market_entity; its credit grade is the same on all of its payments.
        rules["tax_payment.taxpayer_name"] = SampleRules.Text(ctx =>
            ctx.CopyText("taxpayer_id", "name") ?? SampleRules.EntityName(ctx.Rng, null)
        );
        rules["tax_payment.tax_type"] = SampleRules.Text(ctx => SampleValues.Weighted(ctx.Rng, SampleVocabulary.TaxTypes));
        rules["tax_payment.period"] = SampleRules.Text(ctx => SampleValues.MonthBetween(ctx.Rng, new(2023, 1, 1), new(2025, 11, 30)));
        rules["tax_payment.amount"] = SampleRules.Money(ctx =>
        {
            var (min, max) = TaxAmounts.GetValueOrDefault(ctx.Text("tax_type") ?? "", (100, 100_000));
            return SampleValues.LogMoney(ctx.Rng, min, max);
        });
        rules["tax_payment.paid_on"] = SampleRules.Date(PaidOn);
        rules["tax_payment.credit_grade"] = SampleRules.Text(ctx =>
            SampleValues.WeightedAt(
                SampleVocabulary.CreditGrades,
                ctx.Text("taxpayer_id") is { } taxpayer ? (int)(StableHash.Combine(ctx.SeedHash, taxpayer) % 100) : ctx.Rng.Next(100)
            )
        );
    }

    private static object HouseholdSize(RecordContext ctx)
    {
        if (ctx.Text("category") == "特困")
        {
            return 1;
        }

        var ticket = ctx.Rng.Next(HouseholdSizeWeights.Sum());
        var size = 1;
        foreach (var weight in HouseholdSizeWeights)
        {
            if (ticket < weight)
            {
                break;
            }

            ticket -= weight;
            size++;
        }

        return size;
    }

    /// <summary>特困 is paid per person; 低保 and 低保边缘 make up a per-person gap for the whole household.</summary>
    private static object AllowanceAmount(RecordContext ctx)
    {
        var size = ctx.Int("household_size") ?? 1;
        return ctx.Text("category") switch
        {
            "特困" => SampleValues.Money(ctx.Rng, 1_300m, 1_900m),
            "低保边缘" => size * SampleValues.Money(ctx.Rng, 100m, 400m),
            _ => size * SampleValues.Money(ctx.Rng, 300m, 1_000m),
        };
    }

    /// <summary>Tax is paid in the first half of the month after the period.</summary>
    private static object PaidOn(RecordContext ctx) =>
        DateOnly.TryParseExact(ctx.Text("period") + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var period)
            ? period.AddMonths(1).AddDays(ctx.Rng.Next(15))
            : SampleValues.DateBetween(ctx.Rng, new(2023, 1, 1), SampleValues.AsOf);
}
