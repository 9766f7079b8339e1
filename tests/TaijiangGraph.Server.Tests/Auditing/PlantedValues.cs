using Microsoft.Extensions.DependencyInjection;

namespace TaijiangGraph.Server.Tests.Auditing;

/// <summary>
/// Unique values planted in the data of a <see cref="LoggedServer"/> by raw SQL — conditional values (a name, a birth
/// date, a tax amount, a legal representative) and filter strings — and real record keys used raw in queries.
/// </summary>
public sealed class PlantedValues
{
    public const string Name = "金丝雀甄某某";
    public const string BirthDate = "1903-02-17";
    public const decimal Amount = 8675309.17m;
    public const string AmountScaled = "867530917"; // how SQLite stores decimal(18,2)
    public const string LegalRep = "雀鸟法定代表人";
    public const string NameFilter = "雀查名字XYZ";
    public const string StreetFilter = "雀街道QWE";

    private PlantedValues(string idNumber, string otherIdNumber, string paymentId, string creditCode)
    {
        (IdNumber, OtherIdNumber, PaymentId, CreditCode) = (idNumber, otherIdNumber, paymentId, creditCode);
    }

    /// <summary>The ID number of the person whose name and birth date were replaced.</summary>
    public string IdNumber { get; }

    public string OtherIdNumber { get; }

    /// <summary>The key of the tax payment whose amount was replaced.</summary>
    public string PaymentId { get; }

    /// <summary>The key of the market entity whose legal representative was replaced.</summary>
    public string CreditCode { get; }

    /// <summary>Every value that must never reach the trail or the logs.</summary>
    public IReadOnlyList<string> All =>
        [
            Name,
            BirthDate,
            Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
            AmountScaled,
            LegalRep,
            NameFilter,
            StreetFilter,
            IdNumber,
            OtherIdNumber,
            PaymentId,
            CreditCode,
        ];

    public static async Task<PlantedValues> PlantAsync(LoggedServer server)
    {
        // starts the server: created, migrated, seeded
        _ = server.App.Services.GetRequiredService<TaijiangGraph.Data.Auditing.AuditStore>();
        var data = new SqliteFile(Path.Combine(server.DataFolder, "taijiang.db"));
        await data.ExecuteAsync(
            "UPDATE ds_household_person SET " + "name = @n, " + "birth_date = " + "@b WHERE " + "row_id = 3",
            ("@n", Name),
            ("@b", BirthDate)
        );
        await data.ExecuteAsync(
            "UPDATE ds_tax_payment SET " + "amount = " + "@a WHERE " + "row_id = 2",
            ("@a", long.Parse(AmountScaled, System.Globalization.CultureInfo.InvariantCulture))
        );
        await data.ExecuteAsync("UPDATE ds_market_entity SET legal_rep = @l WHERE row_id = 4", ("@l", LegalRep));
        return new PlantedValues(
            await data.TextAsync("SELECT id_number FROM ds_household_person WHERE row_id = 3"),
            await data.TextAsync("SELECT id_number FROM ds_household_person WHERE row_id = 5"),
            await data.TextAsync("SELECT payment_id FROM ds_tax_payment WHERE row_id = 2"),
            await data.TextAsync("SELECT credit_code FROM ds_market_entity WHERE row_id = 4")
        );
    }
}
