using System.Globalization;
using Spectre.Console;

namespace TaijiangGraph.Server.Cli;

/// <summary>
/// The progress of an import: on an interactive terminal a Spectre.Console progress task counting the rows read (the total is
/// not known before the file is read); otherwise a plain line every <see cref="PlainEvery"/> rows.
/// </summary>
internal static class ImportProgress
{
    /// <summary>Rows between two plain progress lines.</summary>
    public const long PlainEvery = 100_000;

    public static async Task<T> RunAsync<T>(TextWriter output, string resource, Func<IProgress<long>, Task<T>> work)
    {
        if (!ReferenceEquals(output, Console.Out) || Console.IsOutputRedirected)
        {
            var next = PlainEvery;
            return await work(
                new ProgressCallback(done =>
                {
                    if (done >= next)
                    {
                        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{resource}: {done} rows read"));
                        next = (done / PlainEvery + 1) * PlainEvery;
                    }
                })
            );
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        return await console
            .Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask(Markup.Escape(resource)).IsIndeterminate();
                var result = await work(
                    new ProgressCallback(done =>
                        task.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{resource}: {done:N0} rows"))
                    )
                );
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
                return result;
            });
    }
}
