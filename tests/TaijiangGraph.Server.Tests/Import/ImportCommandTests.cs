using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using MiniExcelLibs;
using TaijiangGraph.Core.Identity;
using TaijiangGraph.Server.Import;
using TaijiangGraph.Server.Tests.Infrastructure;

namespace TaijiangGraph.Server.Tests.Import;

/// <summary>
/// The <c>import</c> command of the built server, run as a child process on a real SQLite data folder with real files
/// (docs/data-in.md, "The import command"): a GB18030 CSV and the same rows as an xlsx load identically, bad rows load nothing
/// unless <c>--rejects</c> asks for the rest (and get exactly those rows in the rejects file), a zip bomb and a non-provider's
/// token are refused with their codes and exit codes, and the history records the token's user.
/// </summary>
public sealed class ImportCommandTests : IDisposable
{
    private const string Provider = "TJ-SW";
    private const string Importer = "sw-importer-07";

    private static readonly byte[] SigningKey = RandomNumberGenerator.GetBytes(32);

    private static readonly string[] Header =
    [
        "入库流水号",
        "纳税人名称",
        "税种",
        "税款所属期",
        "入库金额（元）",
        "入库日期",
        "纳税信用等级",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "tj-import-cli-" + Guid.NewGuid().ToString("N"));

    public ImportCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task A_gb18030_csv_and_the_same_rows_as_xlsx_load_identically_as_the_token_user()
    {
        var rows = Enumerable.Range(0, 10_000).ToList();
        var csv = WriteCsv("payments.csv", rows.Select(TextRow), CsvEncodingDetector.Gb18030);
        var xlsx = Path.Combine(_folder, "payments.xlsx");
        MiniExcel.SaveAs(
            xlsx,
            rows.Select(i => (IDictionary<string, object?>)Header.Zip(TypedRow(i)).ToDictionary()),
            excelType: ExcelType.XLSX
        );

        var fromCsv = await ImportAsync("csv-data", csv, Token(Importer, Provider, Roles.Department));
        var fromXlsx = await ImportAsync("xlsx-data", xlsx, Token(Importer, Provider, Roles.Department));

        AssertExit(0, fromCsv);
        AssertExit(0, fromXlsx);
        Assert.Contains("tax_payment: 10000 inserted, 0 updated, 0 unchanged, 0 refused", fromCsv.StandardOutput, StringComparison.Ordinal);
        var csvRecords = await RecordsAsync("csv-data");
        Assert.Equal(10_000, csvRecords.Count);
        Assert.Equal(csvRecords, await RecordsAsync("xlsx-data"));
        Assert.Equal("IMP-00010|台江10号商行, \"老字号\"|企业所得税|2026-11|12.51|2026-01-11|C", string.Join('|', csvRecords[10]));
        Assert.Equal([Importer], await StringsAsync("csv-data", ActorsSql));
        Assert.Equal([Importer], await StringsAsync("xlsx-data", ActorsSql));
        Assert.Equal(
            [Importer],
            await StringsAsync(
                "csv-data",
                "SELECT DISTINCT actor FROM governance_events " + "WHERE kind = 'RECORDS_WRITTEN' AND after LIKE '%\"channel\":\"import\"%'"
            )
        );
    }

    [Fact]
    public async Task A_file_with_three_bad_rows_loads_nothing_and_with_rejects_loads_the_rest_and_writes_exactly_those_rows()
    {
        var bad = new Dictionary<int, Func<string?[], string?[]>>
        {
            [10] = r => [.. r[..4], "1.005", .. r[5..]],
            [500] = r => [.. r[..5], "2026-13-01", .. r[6..]],
            [998] = r => ["", .. r[1..]],
        };
        var csv = WriteCsv(
            "bad.csv",
            Enumerable.Range(0, 1_000).Select(i => bad.TryGetValue(i, out var spoil) ? spoil(TextRow(i)) : TextRow(i)),
            new UTF8Encoding(true)
        );
        var rejects = Path.Combine(_folder, "rejects.csv");
        var token = Token(Importer, Provider, Roles.Department);

        var all = await ImportAsync("data", csv, token);
        var stored = await StringsAsync("data", "SELECT COUNT(*) FROM ds_tax_payment WHERE payment_id LIKE 'IMP-%'");
        var valid = await ImportAsync("data", csv, token, "--rejects", rejects);

        AssertExit(5, all);
        Assert.Equal(["0"], stored);
        Assert.Contains("line 12: amount: TYPE_MISMATCH", all.StandardError, StringComparison.Ordinal);
        Assert.Contains("line 502: paid_on: TYPE_MISMATCH", all.StandardError, StringComparison.Ordinal);
        Assert.Contains("line 1000: payment_id: KEY_REQUIRED", all.StandardError, StringComparison.Ordinal);
        Assert.Contains("Nothing was written: 3 rows refused.", all.StandardError, StringComparison.Ordinal);
        AssertExit(0, valid);
        Assert.Equal(["997"], await StringsAsync("data", "SELECT COUNT(*) FROM ds_tax_payment WHERE payment_id LIKE 'IMP-%'"));
        var lines = (await File.ReadAllLinesAsync(rejects, Encoding.UTF8)).Skip(1).ToList();
        Assert.Equal(["12", "502", "1000"], lines.Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]));
        Assert.Equal(["amount", "paid_on", "payment_id"], lines.Select(l => l.Split(',')[1]));
        Assert.StartsWith("12,amount,TYPE_MISMATCH: ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(",1.005,2026/1/11,C", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_zip_bomb_is_refused_with_its_code_and_nothing_is_written()
    {
        var bomb = Path.Combine(_folder, "bomb.xlsx");
        MiniExcel.SaveAs(bomb, new[] { (IDictionary<string, object?>)Header.Zip(TypedRow(1)).ToDictionary() }, excelType: ExcelType.XLSX);
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Update))
        {
            // The sheet becomes 200 MB of XML whitespace: about 200 KB compressed (docs/import.md, "Caps").
            var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
            stream.Write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"u8);
            var blanks = new byte[1024 * 1024];
            blanks.AsSpan().Fill((byte)' ');
            for (var i = 0; i < 200; i++)
            {
                stream.Write(blanks);
            }

            stream.Write("</sheetData></worksheet>"u8);
        }

        var result = await ImportAsync(
            "data",
            bomb,
            Token(Importer, Provider, Roles.Department),
            "--rejects",
            Path.Combine(_folder, "r.csv")
        );

        AssertExit(5, result);
        Assert.Contains("IMPORT_ZIP_RATIO: ", result.StandardError, StringComparison.Ordinal);
        Assert.Equal(["0"], await StringsAsync("data", "SELECT COUNT(*) FROM ds_tax_payment WHERE payment_id LIKE 'IMP-%'"));
    }

    [Fact]
    public async Task A_token_of_another_department_or_an_invalid_token_is_refused_and_nothing_is_written()
    {
        var csv = WriteCsv("few.csv", Enumerable.Range(0, 5).Select(TextRow), new UTF8Encoding(false));

        var other = await ImportAsync("data", csv, Token("mz-01", "TJ-MZ", Roles.Department));
        var app = await ImportAsync("data", csv, Token("svc-mz", "TJ-MZ", Roles.Department, app: "mz-sync"));
        var forged = await ImportAsync("data", csv, Token(Importer, Provider, Roles.Department, key: RandomNumberGenerator.GetBytes(32)));

        AssertExit(4, other);
        Assert.Contains(
            "FORBIDDEN: Only the provider department may write records of 'tax_payment'.",
            other.StandardError,
            StringComparison.Ordinal
        );
        AssertExit(4, app);
        AssertExit(3, forged);
        Assert.Contains("UNAUTHENTICATED: The token is not valid", forged.StandardError, StringComparison.Ordinal);
        Assert.Equal(["0"], await StringsAsync("data", "SELECT COUNT(*) FROM ds_tax_payment WHERE payment_id LIKE 'IMP-%'"));
        Assert.Equal(["0"], await StringsAsync("data", "SELECT COUNT(*) FROM governance_events WHERE kind = 'RECORDS_WRITTEN'"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private const string ActorsSql =
        "SELECT DISTINCT h.actor FROM ds_tax_payment__history h JOIN ds_tax_payment d ON d.row_id = h.row_id "
        + "WHERE d.payment_id LIKE 'IMP-%'";

    private static object?[] TypedRow(int i) =>
        [
            $"IMP-{i:D5}",
            i % 10 == 0 ? $"台江{i}号商行, \"老字号\"" : $"台江{i}号商行",
            (i % 3) switch
            {
                0 => "增值税",
                1 => "企业所得税",
                _ => "个人所得税",
            },
            $"2026-{(i % 12) + 1:D2}",
            (i * 1.25m) + 0.01m,
            new DateTime(2026, 1, 1).AddDays(i % 300),
            ((char)('A' + (i % 4))).ToString(),
        ];

    private static string?[] TextRow(int i)
    {
        var r = TypedRow(i);
        return
        [
            (string)r[0]!,
            (string)r[1]!,
            (string)r[2]!,
            (string)r[3]!,
            ((decimal)r[4]!).ToString(CultureInfo.InvariantCulture),
            ((DateTime)r[5]!).ToString("yyyy/M/d", CultureInfo.InvariantCulture),
            (string)r[6]!,
        ];
    }

    private string WriteCsv(string name, IEnumerable<string?[]> rows, Encoding encoding)
    {
        var path = Path.Combine(_folder, name);
        using var writer = new StreamWriter(path, false, encoding);
        foreach (var row in rows.Prepend(Header))
        {
            writer.Write(string.Join(',', row.Select(Quote)));
            writer.Write("\r\n");
        }

        return path;
    }

    private static string Quote(string? cell) =>
        cell is null ? ""
        : cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : cell;

    private Task<CliResult> ImportAsync(string data, string file, string token, params string[] more) =>
        ServerProcess.RunAsync([
            "import",
            "--resource",
            "tax_payment",
            "--file",
            file,
            "--token",
            token,
            .. more,
            $"--Database:DataFolder={Path.Combine(_folder, data)}",
            $"--Auth:SigningKey={Convert.ToBase64String(SigningKey)}",
        ]);

    private static void AssertExit(int expected, CliResult result) =>
        Assert.True(result.ExitCode == expected, $"import exited with {result.ExitCode}: {result.StandardError}\n{result.StandardOutput}");

    /// <summary>The imported records as text, by key: what two loads of the same rows must store identically.</summary>
    private async Task<List<string?[]>> RecordsAsync(string data)
    {
        await using var connection = Open(data);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT payment_id, taxpayer_name, tax_type, period, amount, paid_on, credit_grade FROM ds_tax_payment "
            + "WHERE payment_id LIKE 'IMP-%' ORDER BY payment_id";
        await using var reader = await command.ExecuteReaderAsync();
        var records = new List<string?[]>();
        while (await reader.ReadAsync())
        {
            var record = new string?[reader.FieldCount];
            for (var c = 0; c < record.Length; c++)
            {
                record[c] =
                    reader.IsDBNull(c) ? null
                    : c == 4 ? (reader.GetInt64(c) / 100m).ToString("0.00", CultureInfo.InvariantCulture)
                    : reader.GetString(c);
            }

            records.Add(record);
        }

        return records;
    }

    private async Task<List<string>> StringsAsync(string data, string sql)
    {
        await using var connection = Open(data);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        }

        return values;
    }

    private SqliteConnection Open(string data)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, data, "taijiang.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    /// <summary>An HS256 token as the server issues them (issuer, audience, an hour), signed with <paramref name="key"/> (default: the
    /// key the commands are configured with).</summary>
    private static string Token(string user, string department, string? role = null, string? app = null, byte[]? key = null)
    {
        var claims = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            [ClaimNames.Subject] = user,
            [ClaimNames.Name] = user,
            [ClaimNames.Department] = department,
        };
        if (role is not null)
        {
            claims[ClaimNames.Role] = role;
        }

        if (app is not null)
        {
            claims[ClaimNames.App] = app;
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(
            new SecurityTokenDescriptor
            {
                Issuer = "taijiang-graph-dev",
                Audience = "taijiang-graph",
                IssuedAt = now.AddMinutes(-1),
                NotBefore = now.AddMinutes(-1),
                Expires = now.AddHours(1),
                Claims = claims,
                SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(key ?? SigningKey), SecurityAlgorithms.HmacSha256),
            }
        );
    }
}
