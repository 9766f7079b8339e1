using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace TaijiangGraph.Data.Datasets;

/// <summary>
/// The methods dataset expressions call, looked up by reflection once per process and closed over a CLR type once per
/// type: building a query costs no reflection search and no <c>MakeGenericMethod</c> per request.
/// </summary>
internal static class DatasetMethods
{
    public static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static readonly MethodInfo BoolCompareTo = typeof(bool).GetMethod(nameof(bool.CompareTo), [typeof(bool)])!;

    public static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;

    public static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;

    private static readonly MethodInfo PropertyDefinition = typeof(EF).GetMethod(nameof(EF.Property))!;

    private static readonly MethodInfo ThenByDefinition = Definition<
        IOrderedQueryable<object>,
        Expression<Func<object, object>>,
        IOrderedQueryable<object>
    >(Queryable.ThenBy);

    private static readonly MethodInfo ThenByDescendingDefinition = Definition<
        IOrderedQueryable<object>,
        Expression<Func<object, object>>,
        IOrderedQueryable<object>
    >(Queryable.ThenByDescending);

    /// <summary><c>Queryable.Select</c> (the overload without index).</summary>
    public static readonly MethodInfo Select = Definition<IQueryable<object>, Expression<Func<object, object>>, IQueryable<object>>(
        Queryable.Select
    );

    /// <summary><c>Queryable.SelectMany</c> (the overload without index or result selector).</summary>
    public static readonly MethodInfo SelectMany = Definition<
        IQueryable<object>,
        Expression<Func<object, IEnumerable<object>>>,
        IQueryable<object>
    >(Queryable.SelectMany);

    /// <summary><c>Queryable.Take(int)</c>.</summary>
    public static readonly MethodInfo Take = Definition<IQueryable<object>, int, IQueryable<object>>(Queryable.Take);

    /// <summary><c>Queryable.Distinct</c> (without comparer).</summary>
    public static readonly MethodInfo Distinct = new Func<IQueryable<object>, IQueryable<object>>(
        Queryable.Distinct
    ).Method.GetGenericMethodDefinition();

    private static readonly MethodInfo BoxDefinition = typeof(DatasetMethods).GetMethod(
        nameof(BoxOf),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    private static readonly ConcurrentDictionary<(MethodInfo Definition, Type First, Type? Second), MethodInfo> Closed = new();

    private static readonly ConcurrentDictionary<Type, Func<object?, object>> Boxes = new();

    private static readonly ConcurrentDictionary<Type, (Type List, MethodInfo Contains)> Lists = new();

    /// <summary><c>EF.Property&lt;T&gt;</c>.</summary>
    public static MethodInfo Property(Type type) => Close(PropertyDefinition, type);

    /// <summary><c>Queryable.ThenBy</c> or <c>ThenByDescending</c> over property bags by a key of the type.</summary>
    public static MethodInfo ThenBy(Type key, bool descending) =>
        Close(descending ? ThenByDescendingDefinition : ThenByDefinition, typeof(Dictionary<string, object>), key);

    /// <summary>A generic method definition closed over one or two types, cached.</summary>
    public static MethodInfo Close(MethodInfo definition, Type first, Type? second = null) =>
        Closed.GetOrAdd((definition, first, second), k =>
            k.Second is null ? k.Definition.MakeGenericMethod(k.First) : k.Definition.MakeGenericMethod(k.First, k.Second)
        );

    private static MethodInfo Definition<T1, T2, TResult>(Func<T1, T2, TResult> method) => method.Method.GetGenericMethodDefinition();

    /// <summary>A <see cref="ParameterBox{T}"/> of the type holding the value.</summary>
    public static object Box(Type type, object? value) =>
        Boxes.GetOrAdd(type, t => BoxDefinition.MakeGenericMethod(t).CreateDelegate<Func<object?, object>>())(value);

    /// <summary>A <c>List&lt;T&gt;</c> of the type with the values, and its <c>Contains</c> method.</summary>
    public static (IList List, MethodInfo Contains) ListOf(Type type, IEnumerable values)
    {
        var (listType, contains) = Lists.GetOrAdd(type, ListTypeOf);
        var list = (IList)Activator.CreateInstance(listType)!;
        foreach (var v in values)
        {
            list.Add(v);
        }

        return (list, contains);
    }

    private static (Type List, MethodInfo Contains) ListTypeOf(Type element)
    {
        var list = typeof(List<>).MakeGenericType(element);
        return (list, list.GetMethod(nameof(List<object>.Contains))!);
    }

    private static object BoxOf<T>(object? value) => new ParameterBox<T>((T)value!);
}
