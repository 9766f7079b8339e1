namespace TaijiangGraph.Tests.Shared;

/// <summary>The hand-written expectation matrix (expectation-matrix.txt): department × resource.item → RAW / MASK(rule) / DENY(code) [+ row
/// scope].</summary>
public static class ExpectationMatrix
{
    public static readonly IReadOnlyList<string> Departments =
    [
        "TJ-SCJG",
        "TJ-GA",
        "TJ-RS",
        "TJ-MZ",
        "TJ-SW",
        "TJ-JY",
        "TJ-DSJ",
        "CITY-DSJ",
    ];

    /// <summary>Every cell: (department, resource, item, expectation as written, e.g. "M:PHONE@street=苍霞").</summary>
    public static IEnumerable<(string Department, string Resource, string Item, string Expected)> Cells()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "expectation-matrix.txt");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != Departments.Count + 1)
            {
                throw new InvalidDataException($"Matrix row has {parts.Length - 1} cells, expected {Departments.Count}: {line}");
            }

            var (resource, item) = (parts[0].Split('.')[0], parts[0].Split('.')[1]);
            for (var i = 0; i < Departments.Count; i++)
            {
                yield return (Departments[i], resource, item, parts[i + 1]);
            }
        }
    }

    /// <summary>The role a department's users have in the sample.</summary>
    public static string RoleOf(string department) =>
        department switch
        {
            "TJ-DSJ" => "bureau",
            "CITY-DSJ" => "reviewer",
            _ => "department",
        };
}
