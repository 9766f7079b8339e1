using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using TaijiangGraph.Core.Catalog;
using TaijiangGraph.Core.Errors;
using TaijiangGraph.Core.Records;
using TaijiangGraph.Core.Versions;
using TaijiangGraph.Data.Catalog;
using TaijiangGraph.Server.Identity;
using TaijiangGraph.Server.Import;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// <c>import --resource market_entity --file entities.csv --token &lt;jwt&gt; [--rejects rejects.csv]</c> (docs/data-in.md, "The
/// import command"): the token is validated as the GraphQL endpoint validates it and its principal must be the resource's provider;
/// the file's rows (docs/import.md) go through the record intake (channel <c>import</c>) in one transaction. All or nothing by
/// default; with <c>--rejects</c> the valid rows are loaded and the refused ones written to that file with line, item and
/// reason. Exit codes: <see cref="CliExitCodes"/>.
/// </summary>
internal sealed class ImportCommand : CliCommand
{
    /// <summary>Refused rows listed on stderr when nothing is written (the rejects file lists them all).</summary>
    private const int ListedRefusals = 20;

    private readonly Option<string> _resource = new("--resource")
    {
        Description = "The resource's API name or resource code, e.g. market_entity.",
        Required = true,
    };

    private readonly Option<FileInfo> _file = new("--file") { Description = "The .csv or .xlsx file to load.", Required = true };

    private readonly Option<string> _token = new("--token")
    {
        Description = "A bearer token (JWT) of the provider department: a person with role department or cdo, or its app.",
        Required = true,
    };

    private readonly Option<FileInfo> _rejects = new("--rejects")
    {
        Description = "Load the valid rows and write the refused ones to this CSV (line, item, reason). Default: all or nothing.",
    };

    public ImportCommand()
        : base("import", "Load a provider's records from a CSV or xlsx file, as the token's principal.")
    {
        Command.Add(_resource);
        Command.Add(_file);
        Command.Add(_token);
        Command.Add(_rejects);
    }

    protected override Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output) =>
        RunAsync(app, parse, output, Console.Error);

    protected override async Task<int> RunAsync(WebApplication app, ParseResult parse, TextWriter output, TextWriter error)
    {
        var principal = await BearerTokenAuthenticator.AuthenticateAsync(app.Services, parse.GetRequiredValue(_token));
        if (principal is null)
        {
            await error.WriteLineAsync($"{ErrorCodes.Request.Unauthenticated}: The token is not valid; nothing was read or written.");
            return CliExitCodes.Unauthenticated;
        }

        var catalog = app.Services.GetRequiredService<CatalogState>().Current;
        var name = parse.GetRequiredValue(_resource);
        var resource = catalog.FindResource(name)
            ?? throw new ArgumentException(
                $"Unknown resource '{name}'. Known: {string.Join(", ", catalog.Resources.Select(r => r.ApiName))}."
            );
        if (!RecordWriteAccess.MayWrite(principal, resource))
        {
            await error.WriteLineAsync($"{ErrorCodes.Governance.Forbidden}: {new RecordWriteForbiddenException(resource.ApiName).Message}");
            return CliExitCodes.Forbidden;
        }

        var file = parse.GetRequiredValue(_file).FullName;
        var rejects = parse.GetValue(_rejects)?.FullName;
        try
        {
            return await ImportAsync(app, new ImportRun(principal, catalog, resource, file, rejects), output, error);
        }
        catch (ImportException e)
        {
            await error.WriteLineAsync($"{e.Code}: {e.Message}");
            await error.WriteLineAsync("Nothing was written.");
            return CliExitCodes.ImportRefused;
        }
        catch (RecordWriteForbiddenException e)
        {
            await error.WriteLineAsync($"{ErrorCodes.Governance.Forbidden}: {e.Message}");
            return CliExitCodes.Forbidden;
        }
        catch (IOException e)
        {
            throw new ArgumentException($"The file cannot be read: {e.Message}", e);
        }
    }

    private static async Task<int> ImportAsync(WebApplication app, ImportRun run, TextWriter output, TextWriter error)
    {
        var stopping = app.Lifetime.ApplicationStopping;
        var intake = app.Services.GetRequiredService<IRecordIntake>();
        var clock = Stopwatch.StartNew();
        RecordIntakeResult result;
        ImportPatches patches;
        using (var source = ImportFile.Open(run.File))
        {
            var columns = ImportHeaderMap.Map(run.Resource, source.Header);
            patches = new ImportPatches(run.Resource, columns, ImportOptions.Default.UnzonedOffset);
            var records = patches.ReadAsync(source.ReadRows(stopping), stopping);
            result = await ImportProgress.RunAsync(output, run.Resource.ApiName, progress => intake.WriteAsync(
                    run.Principal,
                    run.Catalog,
                    run.Resource,
                    records,
                    new RecordIntakeOptions
                    {
                        Channel = "import",
                        KeepValid = run.Rejects is not null,
                        Progress = progress,
                    },
                    stopping
                ));
        }

        var seconds = clock.Elapsed.TotalSeconds;
        var refused = result.Refused.GroupBy(r => r.Index).ToDictionary(g => g.Key, g => g.ToList());
        var rows = result.Inserted + result.Updated + result.Unchanged + refused.Count;
        output.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"{run.Resource.ApiName}: {result.Inserted} inserted, {result.Updated} updated, {result.Unchanged} unchanged, "
                    + $"{refused.Count} refused ({rows} rows in {seconds:F1} s, {rows / Math.Max(seconds, 0.001):F0} rows/s) "
                    + $"as {run.Principal.UserId}."
            )
        );
        if (run.Rejects is not null)
        {
            WriteRejects(run, refused, stopping);
            output.WriteLine($"Refused rows: {refused.Count}, written to {run.Rejects}.");
        }

        if (result.Written)
        {
            return CliExitCodes.Success;
        }

        foreach (var refusal in result.Refused.Take(ListedRefusals))
        {
            await error.WriteLineAsync(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"line {patches.LineOf(refusal.Index)}: {refusal.Item ?? "-"}: {refusal.Code}: {refusal.Message}"
                )
            );
        }

        if (result.Refused.Count > ListedRefusals)
        {
            await error.WriteLineAsync($"… and {result.Refused.Count - ListedRefusals} more.");
        }

        await error.WriteLineAsync(
            $"Nothing was written: {refused.Count} rows refused. Fix them, or pass --rejects <file> to load the valid rows."
        );
        return CliExitCodes.ImportRefused;
    }

    /// <summary>Reads the file a second time and writes the refused rows (by data-row index) with their reasons: memory holds the
    /// refusals, never the file.</summary>
    private static void WriteRejects(ImportRun run, Dictionary<long, List<RecordRefusal>> refused, CancellationToken ct)
    {
        using var source = ImportFile.Open(run.File);
        using var stream = new FileStream(run.Rejects!, FileMode.Create, FileAccess.Write);
        using var writer = new RejectsWriter(stream, source.Header);
        if (refused.Count == 0)
        {
            return;
        }

        long index = 0;
        foreach (var row in source.ReadRows(ct))
        {
            if (refused.TryGetValue(index++, out var refusals))
            {
                writer.Write(row, [.. refusals.Select(r => new RecordViolation(r.Code, run.Resource.ApiName, r.Item, r.Message))]);
            }
        }
    }

    /// <summary>What one import works on.</summary>
    private sealed record ImportRun(
        Core.Identity.Principal Principal,
        DataCatalog Catalog,
        CatalogResource Resource,
        string File,
        string? Rejects
    );
}
