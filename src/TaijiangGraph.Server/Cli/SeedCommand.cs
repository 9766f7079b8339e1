using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Data.Datasets;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// <c>seed --resource market_entity --records 1000000</c>: appends that many synthetic records (docs/sample-world.md) to one
/// resource through the bulk path (<see cref="DatasetBulkWriter"/>), in one transaction, with a progress bar (plain progress
/// lines when the output is not a terminal). Records continue the deterministic sequence of <c>Seed:RandomSeed</c> after the
/// rows the table holds, so keys never collide with the seeded ones; references point into the rows the referenced resources
/// hold (docs/architecture.md, "Bulk seeding"). Only the named resource is written.
/// </summary>
internal sealed class SeedCommand : CliCommand
{
    /// <summary>The most records one run appends.</summary>
    public const int MaxRecords = 10_000_000;

    private readonly Option<string> _resource = new("--resource")
    {
        Description = "The resource's API name, e.g. market_entity.",
        Required = true,
    };

    private readonly Option<int> _records = new("--records")
    {
        Description = $"How many records to append: 1 to {MaxRecords:N0}.",
        Required = true,
    };

    public SeedCommand()
        : base("seed", "Append synthetic records to one resource through the bulk path.")
    {
        _records.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value is < 1 or > MaxRecords)
            {
                result.AddError($"--records must be 1 to {MaxRecords.ToString("N0", CultureInfo.InvariantCulture)}; got {value}.");
            }
        });
        Command.Add(_resource);
        Command.Add(_records);
    }

    protected override async Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output)
    {
        var catalog = app.Services.GetRequiredService<CatalogState>().Current;
        var name = parse.GetRequiredValue(_resource);
        var resource = catalog.FindResource(name)
            ?? throw new ArgumentException(
                $"Unknown resource '{name}'. Known: {string.Join(", ", catalog.Resources.Select(r => r.ApiName))}."
            );
        var records = parse.GetRequiredValue(_records);
        var writer = app.Services.GetRequiredService<DatasetBulkWriter>();
        var stopping = app.Lifetime.ApplicationStopping;
        var start = await writer.CountAsync(catalog, resource, stopping);
        var referenced = await ReferencedCountAsync(writer, catalog, resource, stopping);
        var generator = new SyntheticRecordGenerator(catalog, app.Services.GetRequiredService<SeedOptions>().RandomSeed);
        IEnumerable<IReadOnlyDictionary<string, object?>> stream;
        try
        {
            stream = generator.GenerateRangeInParallel(resource.ApiName, checked((int)start), records, referenced);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
        {
            throw new ArgumentException($"{resource.ApiName} holds {start} rows and cannot take {records} more: {e.Message}", e);
        }

        var clock = Stopwatch.StartNew();
        var written = await WithProgressAsync(output, resource.ApiName, records, p =>
            writer.AppendAsync(catalog, resource, stream, p, stopping)
        );
        var seconds = clock.Elapsed.TotalSeconds;
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"Seeded {written} {resource.ApiName} records (now {start + written} rows) "
                    + $"in {seconds:F1} s ({written / seconds:F0} records/s)."
            )
        );
        return CliExitCodes.Success;
    }

    /// <summary>The fewest rows among the resources the seeded one references, directly or through them; int.MaxValue when
    /// none.</summary>
    private static async Task<int> ReferencedCountAsync(
        DatasetBulkWriter writer,
        DataCatalog catalog,
        CatalogResource resource,
        CancellationToken ct
    )
    {
        var fewest = long.MaxValue;
        var seen = new HashSet<string>(StringComparer.Ordinal) { resource.ApiName };
        var pending = new Stack<CatalogResource>([resource]);
        while (pending.TryPop(out var current))
        {
            foreach (var target in current.Items.Select(i => i.Reference?.Resource).OfType<string>().Where(seen.Add))
            {
                var referenced = catalog.FindResource(target)!;
                var rows = await writer.CountAsync(catalog, referenced, ct);
                if (rows == 0)
                {
                    throw new ArgumentException($"{resource.ApiName} references {target}, which holds no rows: seed {target} first.");
                }

                fewest = Math.Min(fewest, rows);
                pending.Push(referenced);
            }
        }

        return (int)Math.Min(fewest, int.MaxValue);
    }

    private static async Task<long> WithProgressAsync(
        TextWriter output,
        string resource,
        int total,
        Func<IProgress<long>, Task<long>> write
    )
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            var step = Math.Max(1, total / 10);
            long next = step;
            return await write(
                new ProgressCallback(done =>
                {
                    if (done >= next && done < total)
                    {
                        output.WriteLine(
                            string.Create(CultureInfo.InvariantCulture, $"{resource}: {done}/{total} ({done * 100 / total}%)")
                        );
                        next = (done / step + 1) * step;
                    }
                })
            );
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        return await console
            .Progress()
            .Columns(
                new TaskDescriptionColumn(),
                new ProgressBarColumn(),
                new PercentageColumn(),
                new ElapsedTimeColumn(),
                new RemainingTimeColumn()
            )
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(resource), maxValue: total);
                var written = await write(new ProgressCallback(done => task.Value = done));
                task.Value = total;
                return written;
            });
    }
}
