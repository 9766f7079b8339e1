using System.Globalization;
using SQLitePCL;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// Binds provider values (after the model's value converters) to a SQLite statement by position, in the text and
/// number forms Microsoft.Data.Sqlite gives them when EF Core writes, so bulk-written rows compare and sort like EF-written ones.
/// </summary>
internal static class SqliteValues
{
    /// <summary>A date-time's text as Microsoft.Data.Sqlite writes it.</summary>
    public static string Text(DateTime moment) => moment.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);

    /// <summary>Binds <paramref name="value"/> to parameter <paramref name="index"/> (1-based); returns SQLite's result code.</summary>
    /// <exception cref="NotSupportedException">A value of a type no dataset column holds.</exception>
    public static int Bind(sqlite3_stmt statement, int index, object? value) =>
        value switch
        {
            null => raw.sqlite3_bind_null(statement, index),
            string text => raw.sqlite3_bind_text(statement, index, text),
            long number => raw.sqlite3_bind_int64(statement, index, number),
            int number => raw.sqlite3_bind_int64(statement, index, number),
            bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
            double number => raw.sqlite3_bind_double(statement, index, number),
            DateOnly day => raw.sqlite3_bind_text(statement, index, day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            DateTime moment => raw.sqlite3_bind_text(statement, index, Text(moment)),
            decimal amount => raw.sqlite3_bind_text(statement, index, amount.ToString(CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"No SQLite binding for a value of type {value.GetType().Name}."),
        };
}
