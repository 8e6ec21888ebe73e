using PipelineBot.Sales.Deals;
using PipelineBot.Sales.Pipeline;
using Columns = PipelineBot.Host.Tools.Transfer.SalesCsvColumns;

namespace PipelineBot.Host.Tools.Transfer;

/// <summary>The deal columns of a row: checked when the row has a stage, refused when it has none.</summary>
public sealed partial class SalesCsvRowParser
{
    private DealRow? ReadDeal(RowCells cells, DateTimeOffset createdAt)
    {
        var dealId = cells.Id(Columns.DealId) ?? Guid.NewGuid();
        var stage = ReadStage(cells);
        var value = ReadValue(cells);
        var expectedClose = cells.Day(Columns.ExpectedClose);
        var nextStep = ReadNextStep(cells);
        var closeReason = ReadCloseReason(cells, stage);
        var enteredAt = ReadEnteredStageAt(cells, stage, createdAt);
        return stage is null ? null : new DealRow
        {
            DealId = dealId, Stage = stage, EnteredStageAt = enteredAt, Value = value, ExpectedClose = expectedClose,
            NextStep = nextStep, CloseReason = closeReason,
        };
    }

    private static void RefuseDealColumns(RowCells cells)
    {
        foreach (var column in Columns.DealOnly.Where(c => cells.Raw(c).Length > 0))
        {
            cells.Problem(column, "is for deals, and this row has no stage; give it a stage to make it a deal, or leave this empty");
        }
    }

    private PipelineStage? ReadStage(RowCells cells)
    {
        var pipelineName = cells.Raw(Columns.Pipeline);
        var pipeline = pipelineName.Length == 0
            ? _pipelines.Default
            : _pipelines.Pipelines.FirstOrDefault(p => string.Equals(p.Name, pipelineName, StringComparison.OrdinalIgnoreCase));
        if (pipeline is null)
        {
            cells.Problem(Columns.Pipeline, $"'{pipelineName}' is not a pipeline; the pipelines are {string.Join(", ", _pipelines.Pipelines.Select(p => p.Name))}");
            return null;
        }
        var stageName = cells.Raw(Columns.Stage);
        if (pipeline.Find(stageName) is not { } stage)
        {
            cells.Problem(Columns.Stage, $"'{stageName}' is not a stage of {pipeline.Name}; its stages are {string.Join(", ", pipeline.Stages.Select(s => s.Name))}");
            return null;
        }
        return stage;
    }

    private Money? ReadValue(RowCells cells)
    {
        var amount = cells.Amount(Columns.Value);
        var currency = cells.Raw(Columns.Currency);
        if (amount is null)
        {
            if (currency.Length > 0 && cells.Raw(Columns.Value).Length == 0)
            {
                cells.Problem(Columns.Currency, "is set but value is empty; give the value too, or leave both empty");
            }
            return null;
        }
        try
        {
            return new Money(amount.Value, currency.Length == 0 ? _currency : currency);
        }
        catch (ArgumentException)
        {
            cells.Problem(Columns.Currency, $"'{currency}' is not a currency; use a three-letter ISO 4217 code such as EUR");
            return null;
        }
    }

    private static NextStep? ReadNextStep(RowCells cells)
    {
        var action = cells.Text(Columns.NextStep, Deal.MaxNextStepLength);
        var due = cells.Day(Columns.NextStepDue);
        var (actionGiven, dueGiven) = (cells.Raw(Columns.NextStep).Length > 0, cells.Raw(Columns.NextStepDue).Length > 0);
        if (actionGiven != dueGiven)
        {
            var (missing, given) = actionGiven ? (Columns.NextStepDue, Columns.NextStep) : (Columns.NextStep, Columns.NextStepDue);
            cells.Problem(missing, $"is required with {given}: a next step says what happens and by when");
            return null;
        }
        return action is not null && due is { } day ? new NextStep(action, day) : null;
    }

    private static string? ReadCloseReason(RowCells cells, PipelineStage? stage)
    {
        var reason = cells.Text(Columns.CloseReason, int.MaxValue);
        if (stage is null)
        {
            return reason;
        }
        if (stage.IsOpen && reason is not null)
        {
            cells.Problem(Columns.CloseReason, $"is only for a won or lost deal, and {stage.Name} is open");
        }
        else if (!stage.IsOpen && reason is null)
        {
            cells.Problem(Columns.CloseReason, $"is required: a deal in {stage.Name} is {stage.Outcome.ToString().ToLowerInvariant()}, and the reason is kept with it");
        }
        return reason;
    }

    private DateTimeOffset ReadEnteredStageAt(RowCells cells, PipelineStage? stage, DateTimeOffset createdAt)
    {
        if (NotInFuture(cells, Columns.StageEnteredAt, cells.Time(Columns.StageEnteredAt)) is not { } enteredAt)
        {
            return createdAt;
        }
        if (enteredAt < createdAt)
        {
            cells.Problem(Columns.StageEnteredAt, $"{enteredAt:yyyy-MM-dd HH:mm zzz} is before created_at; a deal enters a stage after it opens");
        }
        else if (stage is not null && stage.Position == 0 && enteredAt != createdAt)
        {
            // The history the import records opens the deal in its first stage, so it cannot also enter it later.
            cells.Problem(Columns.StageEnteredAt, $"must equal created_at (or be empty) for {stage.Name}, where a deal opens");
        }
        return enteredAt;
    }
}
