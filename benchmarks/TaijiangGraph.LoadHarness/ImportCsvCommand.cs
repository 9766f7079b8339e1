using System.Globalization;
using System.Text;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Core.Seeding;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// <c>import-csv --catalog sample-catalog.json --resource market_entity --rows N --out F [--start S]</c>: writes N synthetic
/// records (the seed's generator, so every value passes the catalog's value rules) as a UTF-8 CSV the <c>import</c> command reads
/// (docs/data-in.md, "The import command"): a header of item API names, then one row per record, records <c>S</c> (default
/// 10,000, after the keys a seeded data folder holds) to <c>S + N − 1</c> of the generator's sequence. For scripts/import-bench.sh.
/// </summary>
internal static class ImportCsvCommand
{
    public static async Task<int> RunAsync(HarnessArguments options)
    {
        var seed = SeedJson.Deserialize(await File.ReadAllTextAsync(options.Text("catalog")));
        var resource = seed.Catalog.FindResource(options.Text("resource"))
            ?? throw new ArgumentException($"The catalog has no resource '{options.Text("resource")}'.");
        var rows = options.Number("rows");
        var start = options.Number("start", 10_000);
        var items = resource.Items.Where(i => i.IsExposed).ToList();
        var generator = new SyntheticRecordGenerator(seed.Catalog, 20261203);
        await using var writer = new StreamWriter(options.Text("out"), false, new UTF8Encoding(false), 1 << 20);
        await writer.WriteAsync(string.Join(',', items.Select(i => i.ApiName)) + "\r\n");
        var line = new StringBuilder();
        foreach (var record in generator.GenerateRangeInParallel(resource.ApiName, start, rows, 500))
        {
            line.Clear();
            for (var c = 0; c < items.Count; c++)
            {
                if (c > 0)
                {
                    line.Append(',');
                }

                line.Append(Cell(record.GetValueOrDefault(items[c].ApiName)));
            }

            line.Append("\r\n");
            await writer.WriteAsync(line);
        }

        Console.WriteLine($"{rows} {resource.ApiName} rows written to {options.Text("out")}");
        return 0;
    }

    private static string Cell(object? value)
    {
        var text = value switch
        {
            null => "",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
