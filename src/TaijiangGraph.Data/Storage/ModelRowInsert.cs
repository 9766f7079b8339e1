using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace TaijiangGraph.Data.Storage;

/// <summary>
/// A parameterized one-row <c>INSERT</c> of one entity type, for write paths that bypass change tracking. The table, the
/// columns and their store types come from the context's EF model, so they cannot drift from the migrations; the parameters are
/// created by each property's type mapping and their values go through its value converter, so they are written exactly as
/// <c>SaveChanges</c> writes them. A store-generated key is left out; with <c>returnKey</c> the statement returns it
/// (<c>RETURNING</c>: SQLite 3.35 and later, PostgreSQL).
/// </summary>
internal sealed class ModelRowInsert<TRow>
    where TRow : class
{
    private readonly Column[] _columns;

    private ModelRowInsert(string sql, Column[] columns) => (Sql, _columns) = (sql, columns);

    /// <summary>The statement; its parameters are those <see cref="AddParameters"/> adds, in that order.</summary>
    public string Sql { get; }

    public static ModelRowInsert<TRow> For(DbContext db, bool returnKey)
    {
        var entity = db.Model.FindEntityType(typeof(TRow))
            ?? throw new InvalidOperationException($"{typeof(TRow).Name} is not in the model of {db.GetType().Name}.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var helper = db.GetService<ISqlGenerationHelper>();
        var key = entity.FindPrimaryKey()?.Properties;
        var generated = key is [{ ValueGenerated: ValueGenerated.OnAdd } only] ? only : null;
        var columns = entity
            .GetProperties()
            .Where(p => p != generated)
            .Select(
                (p, i) =>
                    new Column(
                        helper.DelimitIdentifier(p.GetColumnName(table)!),
                        "p" + i,
                        p.GetRelationalTypeMapping(),
                        p.GetGetter(),
                        p.IsNullable
                    )
            )
            .ToArray();
        var sql =
            $"INSERT INTO {helper.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => c.Name))})"
            + $" VALUES ({string.Join(", ", columns.Select(c => "@" + c.Parameter))})"
            + (returnKey && generated is not null ? $" RETURNING {helper.DelimitIdentifier(generated.GetColumnName(table)!)}" : "");
        return new ModelRowInsert<TRow>(sql, columns);
    }

    /// <summary>Adds the statement's parameters, typed as EF types them, to an empty <paramref name="parameters"/>
    /// (<paramref name="factory"/> creates them).</summary>
    public void AddParameters(DbCommand factory, DbParameterCollection parameters)
    {
        foreach (var c in _columns)
        {
            parameters.Add(c.Mapping.CreateParameter(factory, "@" + c.Parameter, null, c.Nullable));
        }
    }

    /// <summary>Sets the parameters <see cref="AddParameters"/> added to <paramref name="row"/>'s values, converted for the
    /// store.</summary>
    public void SetValues(DbParameterCollection parameters, TRow row)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            var c = _columns[i];
            var value = c.Getter.GetClrValue(row);
            if (c.Mapping.Converter is { } converter)
            {
                value = converter.ConvertToProvider(value);
            }

            parameters[i].Value = value ?? DBNull.Value;
        }
    }

    private sealed record Column(string Name, string Parameter, RelationalTypeMapping Mapping, IClrPropertyGetter Getter, bool Nullable);
}
