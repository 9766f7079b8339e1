using Microsoft.EntityFrameworkCore;
using TaijiangGraph.Core.Security;
using TaijiangGraph.Data.Auditing;
using TaijiangGraph.Data.Keys;
using TaijiangGraph.Data.Storage;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// <c>verify</c>: reads a (stopped or running) server's data folder. Every purpose listed in the ok files must
/// have exactly one record, and the chain must verify with the key ring's audit-chain key. With
/// <c>--exact true</c> the trail must hold nothing else: record count = requests answered 200.
/// </summary>
internal static class VerifyCommand
{
    public static async Task<int> RunAsync(HarnessArguments args)
    {
        var folder = args.Text("data");
        var okPurposes = args.Text("ok-file").Split(',').SelectMany(File.ReadAllLines).Where(l => l.Length > 0).ToList();
        var exact = args.Flag("exact");
        var report = await CheckAsync(folder, okPurposes);
        var pass =
            report.Missing == 0
            && report.Duplicated == 0
            && report.ChainOk
            && (!exact || (report.Records == okPurposes.Count && report.Unexpected == 0));
        Console.WriteLine($"VERIFY exact={exact} {report.Describe()} result={(pass ? "PASS" : "FAIL")}");
        return pass ? 0 : 1;
    }

    public static async Task<TrailReport> CheckAsync(string folder, IReadOnlyList<string> okPurposes)
    {
        if (!File.Exists(Path.Combine(folder, FileKeyRing.FileName)) || !File.Exists(Path.Combine(folder, "audit.db")))
        {
            throw new ArgumentException($"{folder} holds no key ring or audit trail.");
        }

        IDbContextFactory<AuditDbContext> contexts = new AuditContextFactory(new DatabaseOptions { DataFolder = folder });
        var store = new AuditStore(contexts);
        var records = await store.CountAsync();
        List<string?> purposes;
        await using (var db = await contexts.CreateDbContextAsync())
        {
            purposes = await db.Records.AsNoTracking().Select(r => r.Purpose).ToListAsync();
        }

        var counts = purposes.GroupBy(p => p ?? "").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var okSet = okPurposes.ToHashSet(StringComparer.Ordinal);
        var missing = okSet.Count(p => !counts.ContainsKey(p));
        var duplicated = counts.Count(kv => kv.Value > 1);
        var unexpected = counts.Where(kv => !okSet.Contains(kv.Key)).Sum(kv => kv.Value);

        var key = new FileKeyRing(folder, TimeProvider.System).Current(KeyPurposes.AuditChain).Secret;
        var chain = await store.VerifyAsync(key, null, null);
        var nodes = await store.NodesAsync();
        return new TrailReport(records, okSet.Count, missing, duplicated, unexpected, chain, nodes);
    }
}
