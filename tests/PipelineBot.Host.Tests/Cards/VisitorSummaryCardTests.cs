using System.Text.Json;
using System.Text.Json.Nodes;
using PipelineBot.Host.Cards;
using PipelineBot.Runtime.Schema;

namespace PipelineBot.Host.Tests.Cards;

public sealed class VisitorSummaryCardTests
{
    private readonly VisitorSummaryCard _builder = new(CardTestData.Definition.Script, CardTestData.Display, CardTestData.Text);

    [Fact]
    public void Build_RussianVisitor_ListsAnsweredQuestionsInScriptOrderWithRussianLabels()
    {
        // Recorded out of script order, and with questions left unanswered in between.
        var lead = CardTestData.Lead(("need", "lead-capture"), ("consent", "yes"), ("budget", "50000"), ("name", "Ada"));

        var card = CardAssert.Valid(_builder.Build(lead, "ru-RU"));

        Assert.Equal("Вот что вы нам рассказали", CardAssert.Texts(card)[0]);
        Assert.Equal(
            [("Согласие на связь", "Да"), ("Имя", "Ada"), ("Бюджет", "50\u00A0000"), ("Основная задача", "Сбор и квалификация заявок с сайта")],
            CardAssert.Facts(card));
    }

    [Fact]
    public void Build_ConfirmButton_SubmitsExactlyTheConfirmAction()
    {
        var lead = CardTestData.Lead(("budget", "50000"));

        var card = CardAssert.Valid(_builder.Build(lead, "cs"));

        var confirm = CardAssert.Action(card, "Potvrdit");
        Assert.Equal("Action.Submit", (string?)confirm["type"]);
        Assert.Equal("""{"action":"summary.confirm"}""", confirm["data"]!.ToJsonString());
    }

    [Fact]
    public void Build_EditPanel_PicksAmongAnsweredQuestionsButNotConsent_AndSubmitsTheEditAction()
    {
        var lead = CardTestData.Lead(("consent", "yes"), ("timeline", "no-timeline"), ("budget", "0"));

        var card = CardAssert.Valid(_builder.Build(lead, "sr"));

        var edit = CardAssert.Action(card, "Измени");
        Assert.Equal("Action.ShowCard", (string?)edit["type"]);
        var panel = edit["card"]!.AsObject();
        var picker = Assert.Single(CardAssert.Body(panel));
        Assert.Equal("Input.ChoiceSet", (string?)picker["type"]);
        Assert.Equal(CardActions.QuestionIdField, (string?)picker["id"]);
        Assert.True((bool)picker["isRequired"]!);
        var choices = picker["choices"]!.AsArray().Select(c => ((string)c!["title"]!, (string)c["value"]!));
        Assert.Equal([("Буџет", "budget"), ("Рок", "timeline")], choices);
        var change = Assert.Single(CardAssert.Actions(panel));
        Assert.Equal("Action.Submit", (string?)change["type"]);
        Assert.Equal("""{"action":"summary.edit"}""", change["data"]!.ToJsonString());
    }

    [Fact]
    public void Build_NothingAnswered_OffersNoEditPanel()
    {
        var card = CardAssert.Valid(_builder.Build(CardTestData.Lead(), "ro"));

        Assert.Equal(["Confirmă"], CardAssert.Actions(card).Select(a => (string)a["title"]!));
        Assert.DoesNotContain(CardAssert.Body(card), e => (string?)e["type"] == "FactSet");
    }

    [Fact]
    public void Build_SentInAnActivity_RoundTripsAsAnAdaptiveCard()
    {
        var lead = CardTestData.Lead(CardTestData.StrongAnswers);
        var attachment = _builder.Build(lead, "en");
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [attachment] };

        var json = JsonSerializer.Serialize(activity, BotJson.Options);
        var read = JsonNode.Parse(json)!["attachments"]![0]!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)read["contentType"]);
        var content = read["content"]!.AsObject();
        Assert.True(JsonNode.DeepEquals((JsonNode)attachment.Content!, content));
        var reread = CardAssert.Valid(new Attachment { ContentType = (string?)read["contentType"], Content = content });
        Assert.Equal("AdaptiveCard", (string?)reread["type"]);
        Assert.Equal(12, CardAssert.Facts(reread).Count);
        Assert.Contains(("Work email", "ada@acme.example"), CardAssert.Facts(reread));
    }
}
