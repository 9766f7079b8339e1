using System.Globalization;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// <c>inprocess-compare</c>: the same load against the server with its real group-commit writer and with the
/// no-op sink, in alternating order over the rounds, each on a fresh data folder and after a warm-up. Reports
/// requests/s of each and the ratio (overall, and the median of the per-round ratios), p50/p99, and for the
/// real writer its commits per request and a trail check.
/// </summary>
internal static class CompareCommand
{
    public static async Task<int> RunAsync(HarnessArguments args)
    {
        var total = args.Number("requests");
        var concurrency = args.Number("concurrency");
        var warmup = args.Number("warmup", 2000);
        var rounds = args.Number("rounds", 2);
        var seedRecords = args.Number("seed-records", 500);
        var shape = args.Shape();
        var work = args.OptionalText("work") ?? Path.Combine(Path.GetTempPath(), "tj-compare-" + Guid.NewGuid().ToString("N")[..8]);
        var results = new Dictionary<bool, List<LoadResult>> { [false] = [], [true] = [] };
        var pass = true;
        long commits = 0,
            committed = 0;

        for (var round = 1; round <= rounds; round++)
        {
            foreach (var noOp in round % 2 == 1 ? new[] { false, true } : [true, false])
            {
                var name = noOp ? "noop" : "real";
                var folder = Path.Combine(work, $"{name}-{round}");
                await using var server = await InProcessServer.StartAsync(folder, $"compare-{name}-{round}", seedRecords, noOp);
                using var client = LoadRequests.Client(server.Url, server.ReaderToken(), concurrency);
                await LoadDriver.RunAsync(client, warmup, concurrency, $"warm{round}", shape);
                var (c0, r0) = (server.Writer?.Commits ?? 0, server.Writer?.RecordsCommitted ?? 0);
                var result = await LoadDriver.RunAsync(client, total, concurrency, $"{name}{round}", shape);
                results[noOp].Add(result);
                Console.WriteLine($"COMPARE round={round} sink={name} {result.Describe()}");
                pass &= result.Ok.Count == total;
                if (server.Writer is { } writer)
                {
                    var (c, r) = (writer.Commits - c0, writer.RecordsCommitted - r0);
                    (commits, committed) = (commits + c, committed + r);
                    Console.WriteLine(
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"COMPARE round={round} sink=real commits={c} "
                                + $"records_committed={r} "
                                + $"records_per_commit={(double)r / Math.Max(c, 1):F1}"
                        )
                    );
                    var trail = await VerifyCommand.CheckAsync(
                        folder,
                        [.. result.Ok.Select(n => LoadRequests.Purpose($"{name}{round}", n))]
                    );
                    Console.WriteLine($"COMPARE round={round} sink=real trail: {trail.Describe()}");
                    pass &= trail.Missing == 0 && trail.ChainOk && trail.Records == total + warmup;
                }
            }
        }

        // Rounds are adjacent in time, so each round's ratio is the one least disturbed by other load on the machine.
        var ratios = Enumerable
            .Range(0, rounds)
            .Select(i => results[false][i].RequestsPerSecond / results[true][i].RequestsPerSecond)
            .Order()
            .ToList();
        var median = ratios.Count % 2 == 1 ? ratios[ratios.Count / 2] : (ratios[ratios.Count / 2 - 1] + ratios[ratios.Count / 2]) / 2;
        double Rps(bool noOp) => results[noOp].Sum(r => r.Ok.Count) / results[noOp].Sum(r => r.Elapsed.TotalSeconds);
        double P(bool noOp, double p) => results[noOp].Average(r => r.Percentile(p));
        Console.WriteLine(
            string.Create(
                CultureInfo.InvariantCulture,
                $"COMPARE_SUMMARY query={shape} "
                    + $"requests_per_variant={total * rounds} "
                    + $"concurrency={concurrency} "
                    + $"real_rps={Rps(false):F0} "
                    + $"noop_rps={Rps(true):F0} "
                    + $"real_over_noop={Rps(false) / Rps(true):F3} "
                    + $"round_ratios={string.Join('|', ratios.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} "
                    + $"median_round_ratio={median:F3} real_p50_ms={P(false, 50):F2} real_p99_ms={P(false, 99):F2} "
                    + $"noop_p50_ms={P(true, 50):F2} noop_p99_ms={P(true, 99):F2} real_commits={commits} real_records={committed} "
                    + $"records_per_commit={(double)committed / Math.Max(commits, 1):F1} result={(pass ? "PASS" : "FAIL")}"
            )
        );
        return pass ? 0 : 1;
    }
}
