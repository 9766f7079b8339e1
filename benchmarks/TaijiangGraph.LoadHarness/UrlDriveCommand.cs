using System.Globalization;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// <c>drive-url</c>: loads one loopback URL for a bounded time (after an optional warm-up of the same request) and
/// prints one <c>DRIVE_URL</c> line: requests answered 200, other statuses, requests/s, p50/p99. With
/// <c>--body-file</c> every request is a POST of that JSON body, otherwise a GET. Used by scripts/bench.sh when
/// <c>wrk</c> is not installed.
/// </summary>
internal static class UrlDriveCommand
{
    public static async Task<int> RunAsync(HarnessArguments args)
    {
        var url = new Uri(args.Text("url"));
        var seconds = args.Number("seconds");
        var warmup = args.OptionalText("warmup-seconds") is null ? 0 : args.Number("warmup-seconds");
        var concurrency = args.Number("concurrency");
        var bodyFile = args.OptionalText("body-file");
        var body = bodyFile is null ? null : await File.ReadAllTextAsync(bodyFile);
        var tokenFile = args.OptionalText("token-file");
        var token = tokenFile is null ? null : (await File.ReadAllTextAsync(tokenFile)).Trim();
        var name = args.OptionalText("name") ?? url.AbsolutePath;

        using var client = LoadRequests.Client(new Uri(url.GetLeftPart(UriPartial.Authority) + "/"), token, concurrency);
        var warm = warmup > 0 ? await UrlDriver.RunAsync(client, url, body, TimeSpan.FromSeconds(warmup), concurrency) : null;
        var result = await UrlDriver.RunAsync(client, url, body, TimeSpan.FromSeconds(seconds), concurrency);
        Console.WriteLine(
            string.Create(CultureInfo.InvariantCulture, $"DRIVE_URL name={name} warmup_ok200={warm?.Ok.Count ?? 0} {result.Describe()}")
        );
        return result.ConnectionFailures == 0 ? 0 : 1;
    }
}
