using System.Globalization;

namespace PipelineBot.Sales.Deals;

/// <summary>An amount in a currency, such as a deal's value. Never negative; the currency is an ISO 4217 code.</summary>
public sealed record Money
{
    /// <summary>Creates the amount, upper-casing the currency code.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The amount is negative.</exception>
    /// <exception cref="ArgumentException">The currency is not three letters.</exception>
    public Money(decimal amount, string currency)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amount);
        ArgumentNullException.ThrowIfNull(currency);
        if (currency.Length != 3 || !currency.All(char.IsAsciiLetter))
        {
            throw new ArgumentException($"'{currency}' is not an ISO 4217 currency code such as EUR.", nameof(currency));
        }
        Amount = amount;
        Currency = currency.ToUpperInvariant();
    }

    /// <summary>The amount.</summary>
    public decimal Amount { get; }

    /// <summary>The ISO 4217 code, upper case.</summary>
    public string Currency { get; }

    /// <summary>Renders culture-independently, e.g. <c>12000.50 EUR</c>, as the deal history records it.</summary>
    public override string ToString() => $"{Amount.ToString("0.##", CultureInfo.InvariantCulture)} {Currency}";
}
