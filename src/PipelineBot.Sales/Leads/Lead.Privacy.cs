namespace PipelineBot.Sales.Leads;

/// <summary>The right to erasure: personal data goes, anonymous facts for metrics stay.</summary>
public sealed partial class Lead
{
    /// <summary>
    /// True for the slots that identify the visitor: name, work email, company and role. They are erased with the rest
    /// of the personal data, and an answer filling one is recorded only on a lead that has consent.
    /// </summary>
    public static bool IsPersonalField(LeadField field) =>
        field is LeadField.Name or LeadField.WorkEmail or LeadField.Company or LeadField.Role;

    /// <summary>
    /// Removes the visitor's name, email, company, role, their link to the lead (<see cref="Visitor"/>) and all typed
    /// text, keeping status, scores, counts, firmographics, verdicts and history for metrics. Erasing twice keeps the
    /// first time. The store must still be told through <see cref="ILeadRepository.EraseAsync"/>, which also clears
    /// old copies.
    /// </summary>
    public void ErasePersonalData(DateTimeOffset now)
    {
        if (IsErased)
        {
            return;
        }
        Visitor = null;
        Name = null;
        WorkEmail = null;
        Company = null;
        Role = null;
        foreach (var answer in _answers.Values.ToList())
        {
            _answers[answer.QuestionId] = answer.WithoutPersonalData();
        }
        ErasedAt = now;
    }
}
