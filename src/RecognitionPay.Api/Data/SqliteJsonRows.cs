using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace RecognitionPay.Api.Data;

/// <summary>
/// Writes a mapped row as a JSON array of its columns' values, each as Microsoft.Data.Sqlite binds a parameter holding
/// it (null, text, a Guid in upper case, a bool as 0 or 1, integers and enums as numbers, dates and times as text), so
/// SaveChanges and queries find a row inserted in bulk equal to a saved one. Each entity type's writer reads its
/// columns and applies their value conversions as typed code compiled once, not through boxed values and converters: a payment run
/// writes half a million values.
/// </summary>
internal static class SqliteJsonRows
{
    /// <summary>The writer of a row's <paramref name="columns"/>, in that order: compile it once and keep it.</summary>
    public static Action<Utf8JsonWriter, object> Compile(IReadOnlyList<IProperty> columns)
    {
        var json = Expression.Parameter(typeof(Utf8JsonWriter), "json");
        var row = Expression.Parameter(typeof(object), "row");
        var body = new List<Expression> { Expression.Call(json, nameof(Utf8JsonWriter.WriteStartArray), Type.EmptyTypes) };
        body.AddRange(columns.Select(column => Column(json, row, column)));
        body.Add(Expression.Call(json, nameof(Utf8JsonWriter.WriteEndArray), Type.EmptyTypes));
        return Expression.Lambda<Action<Utf8JsonWriter, object>>(Expression.Block(body), json, row).Compile();
    }

    /// <summary>One column's value read from the row, converted as its mapping converts it, and written.</summary>
    private static Expression Column(ParameterExpression json, ParameterExpression row, IProperty column)
    {
        var member = (MemberInfo?)column.PropertyInfo ?? column.FieldInfo
            ?? throw new InvalidOperationException($"{column.DeclaringType.DisplayName()}.{column.Name} has no property or field to read.");
        Expression value = Expression.MakeMemberAccess(Expression.Convert(row, member.DeclaringType!), member);
        var converter = column.GetTypeMapping().Converter;
        var modelType = converter?.ModelClrType ?? Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        var nullable = !value.Type.IsValueType || Nullable.GetUnderlyingType(value.Type) is not null;
        var present = nullable && value.Type != modelType ? Expression.Convert(value, modelType) : value;
        var provider = converter is null ? present : Replace(converter.ConvertToProviderExpression, present);
        var write = Write(json, provider, column);
        return nullable
            ? Expression.IfThenElse(Expression.Equal(value, Expression.Constant(null, value.Type)), Expression.Call(json, nameof(Utf8JsonWriter.WriteNullValue), Type.EmptyTypes), write)
            : write;
    }

    private static Expression Replace(LambdaExpression conversion, Expression value) =>
        new Substitution(conversion.Parameters[0], Expression.Convert(value, conversion.Parameters[0].Type)).Visit(conversion.Body);

    private static Expression Write(ParameterExpression json, Expression value, IProperty column)
    {
        var type = Nullable.GetUnderlyingType(value.Type) ?? value.Type;
        var plain = type == value.Type ? value : Expression.Convert(value, type);
        return type == typeof(string) || type == typeof(Guid) || type == typeof(bool) || type == typeof(DateOnly) || type == typeof(DateTime)
            ? Expression.Call(typeof(SqliteJsonRows).GetMethod(nameof(WriteValue), [typeof(Utf8JsonWriter), type])!, json, plain)
            : type.IsEnum || type == typeof(long) || type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(sbyte) || type == typeof(ushort) || type == typeof(uint)
                ? Expression.Call(json, nameof(Utf8JsonWriter.WriteNumberValue), Type.EmptyTypes, Expression.Convert(plain, typeof(long)))
                : throw new InvalidOperationException($"{column.DeclaringType.DisplayName()}.{column.Name} is stored as {type.Name}, which rows inserted in bulk on SQLite do not write.");
    }

    public static void WriteValue(Utf8JsonWriter json, string value) => json.WriteStringValue(value);

    public static void WriteValue(Utf8JsonWriter json, Guid value)
    {
        Span<byte> text = stackalloc byte[36];
        value.TryFormat(text, out _, "D");
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= (byte)'a' and <= (byte)'f')
            {
                text[i] -= 'a' - 'A';
            }
        }

        json.WriteStringValue(text);
    }

    public static void WriteValue(Utf8JsonWriter json, bool value) => json.WriteNumberValue(value ? 1 : 0);

    public static void WriteValue(Utf8JsonWriter json, DateOnly value)
    {
        Span<byte> text = stackalloc byte[10];
        value.TryFormat(text, out var written, @"yyyy\-MM\-dd", CultureInfo.InvariantCulture);
        json.WriteStringValue(text[..written]);
    }

    public static void WriteValue(Utf8JsonWriter json, DateTime value)
    {
        Span<byte> text = stackalloc byte[27];
        value.TryFormat(text, out var written, @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture);
        json.WriteStringValue(text[..written]);
    }

    private sealed class Substitution(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : base.VisitParameter(node);
    }
}
