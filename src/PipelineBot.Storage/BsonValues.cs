using LiteDB;
using PipelineBot.Sales;

namespace PipelineBot.Storage;

/// <summary>
/// Conversions the explicit document mappings share. Times are stored as BSON dates in UTC (millisecond precision,
/// which is what LiteDB keeps), so metrics can range-query them; every time the domain records comes from
/// <see cref="TimeProvider.GetUtcNow"/>, so no offset is lost. Enums are stored by name, so reordering one cannot
/// silently change stored meaning.
/// </summary>
internal static class BsonValues
{
    public static BsonValue From(DateTimeOffset value) => new(value.UtcDateTime);

    public static BsonValue From(DateTimeOffset? value) => value is { } v ? From(v) : BsonValue.Null;

    public static BsonValue From(string? value) => value is null ? BsonValue.Null : new BsonValue(value);

    public static BsonValue From<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? new BsonValue(v.ToString()) : BsonValue.Null;

    /// <summary>A calendar day, as midnight UTC so days range-query in order.</summary>
    public static BsonValue From(DateOnly? value) =>
        value is { } day ? new BsonValue(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc)) : BsonValue.Null;

    public static BsonValue From(Actor actor) => new BsonDocument { ["kind"] = actor.Kind.ToString(), ["id"] = actor.Id };

    public static Actor ToActor(BsonValue value) => new(ToEnum<ActorKind>(value["kind"]), value["id"].AsString);

    public static DateOnly? ToNullableDateOnly(BsonValue value) => value.IsNull ? null : DateOnly.FromDateTime(value.AsDateTime.ToUniversalTime());

    public static DateTimeOffset ToDateTimeOffset(BsonValue value) =>
        new(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));

    public static DateTimeOffset? ToNullableDateTimeOffset(BsonValue value) => value.IsNull ? null : ToDateTimeOffset(value);

    public static string? ToNullableString(BsonValue value) => value.IsNull ? null : value.AsString;

    public static TEnum ToEnum<TEnum>(BsonValue value) where TEnum : struct, Enum => Enum.Parse<TEnum>(value.AsString);

    public static TEnum? ToNullableEnum<TEnum>(BsonValue value) where TEnum : struct, Enum => value.IsNull ? null : ToEnum<TEnum>(value);
}
