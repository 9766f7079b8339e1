using System.Net;
using System.Net.Sockets;

namespace TaijiangGraph.LoadHarness;

/// <summary>
/// Modes: <c>drive</c> (load an external server, list the requests answered 200), <c>verify</c> (check a data
/// folder's audit trail against those lists), <c>inprocess-compare</c> (real writer vs no-op sink, same process),
/// <c>drive-url</c> (time-bounded load of one URL, for scripts/bench.sh), <c>import-csv</c> (a synthetic import file, for
/// scripts/import-bench.sh), <c>port</c> (print a free loopback port).
/// </summary>
internal static class HarnessMain
{
    private static async Task<int> Main(string[] args)
    {
        try
        {
            var options = HarnessArguments.Parse(args.Skip(1));
            return args.FirstOrDefault() switch
            {
                "drive" => await DriveCommand.RunAsync(options),
                "drive-url" => await UrlDriveCommand.RunAsync(options),
                "verify" => await VerifyCommand.RunAsync(options),
                "inprocess-compare" => await CompareCommand.RunAsync(options),
                "import-csv" => await ImportCsvCommand.RunAsync(options),
                "port" => PrintFreePort(),
                _ => Usage(),
            };
        }
        catch (ArgumentException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int PrintFreePort()
    {
        Console.WriteLine(FreePort());
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine(
            """
            usage:
              drive --url http://127.0.0.1:PORT --token-file F --requests N --concurrency C --prefix P --ok-file F
                    [--query mixed|page|lookup|catalog] [--mark-at K --mark-file F]   (creates F once K requests have completed)
              drive-url --url http://127.0.0.1:PORT/path --seconds S --concurrency C [--body-file F (POST JSON, else GET)]
                    [--token-file F] [--warmup-seconds W] [--name N]
              verify --data FOLDER --ok-file F[,F2...] [--exact true] [--concurrency C]
              inprocess-compare --requests N --concurrency C [--warmup W] [--rounds R] [--work DIR] [--seed-records S] [--query Q]
              import-csv --catalog sample-catalog.json --resource R --rows N --out F [--start S]
              port
            """
        );
        return 2;
    }
}
