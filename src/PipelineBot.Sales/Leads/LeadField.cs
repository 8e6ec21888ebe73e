namespace PipelineBot.Sales.Leads;

/// <summary>The slot on a lead that a question's answer fills; <see cref="None"/> keeps the answer only.</summary>
public enum LeadField
{
    /// <summary>The answer is kept with the other answers and fills no slot (e.g. the BANT questions).</summary>
    None,

    /// <summary>The visitor's name; personal data.</summary>
    Name,

    /// <summary>The visitor's work email; personal data, and its domain drives owner-first routing.</summary>
    WorkEmail,

    /// <summary>The company the visitor works for; personal data in combination with the rest.</summary>
    Company,

    /// <summary>The visitor's role; best asked as a choice whose ids are seniority levels, which fit scoring reads.</summary>
    Role,

    /// <summary>The company's industry, matched against the ideal customer profile.</summary>
    Industry,

    /// <summary>The company's size: a size band id or a head count, matched against the profile's bands.</summary>
    CompanySize,

    /// <summary>The visitor's region, used for fit scoring and for routing by territory.</summary>
    Region,

    /// <summary>Consent to be contacted, asked as a yes/no question: yes records consent, no withdraws it.</summary>
    Consent,
}
