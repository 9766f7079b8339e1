namespace TaijiangGraph.LoadHarness;

/// <summary>
/// <c>drive</c>: loads an external server process and writes the purpose of every request answered 200 to
/// <c>--ok-file</c>, one a line. With <c>--mark-at K --mark-file F</c> it creates F once K requests have
/// completed, so the calling script knows when to <c>kill -9</c> the server.
/// </summary>
internal static class DriveCommand
{
    public static async Task<int> RunAsync(HarnessArguments args)
    {
        var url = new Uri(args.Text("url").TrimEnd('/') + "/");
        var token = (await File.ReadAllTextAsync(args.Text("token-file"))).Trim();
        var total = args.Number("requests");
        var concurrency = args.Number("concurrency");
        var prefix = args.Text("prefix");
        var okFile = args.Text("ok-file");
        var markFile = args.OptionalText("mark-file");
        var markAt = markFile is null ? 0 : args.Number("mark-at");

        using var client = LoadRequests.Client(url, token, concurrency);
        var result = await LoadDriver.RunAsync(
            client,
            total,
            concurrency,
            prefix,
            args.Shape(),
            markAt,
            markFile is null ? null : () => File.WriteAllText(markFile, "mark\n")
        );

        await File.WriteAllLinesAsync(okFile, result.Ok.Select(n => LoadRequests.Purpose(prefix, n)));
        Console.WriteLine($"DRIVE prefix={prefix} {result.Describe()}");
        return 0;
    }
}
