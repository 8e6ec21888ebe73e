using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using PipelineBot.Host.Reps;
using PipelineBot.Runtime.Schema;
using PipelineBot.Sales.Pipeline;
using PipelineBot.Sales.Routing;

namespace PipelineBot.Host.Tests.Reps;

/// <summary>Who is a rep, who a manager and who a visitor, by channel account; and what the configuration may say.</summary>
public sealed class RepDirectoryTests
{
    private const string AnnaEntraId = "6be94c2e-2f4d-4c8a-9d4b-1a2b3c4d5e6f";
    private const string MariaEntraId = "0d3f6a9b-7c1e-4f2a-8b5d-9e8f7a6b5c4d";

    [Theory]
    [InlineData(Channels.Msteams, "29:anna-novak", null)]
    [InlineData("MSTeams", "29:anna-novak", null)]
    [InlineData(Channels.Msteams, "29:another-bot-registration-id", AnnaEntraId)]
    [InlineData(Channels.Msteams, "29:another-bot-registration-id", "6BE94C2E-2F4D-4C8A-9D4B-1A2B3C4D5E6F")]
    [InlineData(Channels.Slack, "U0ANNA:T0SALES", null)]
    [InlineData(Channels.Emulator, "anna-in-the-emulator", null)]
    public void FindSender_AnyOfTheRepsAccounts_IsTheRep_SeeingTheirOwnDeals(string channel, string userId, string? aadObjectId)
    {
        var anna = Directory().FindSender(From(channel, userId, aadObjectId));

        Assert.Equal(new Principal("anna", "Anna Novak", PrincipalRole.Rep), anna);
        Assert.Equal(PipelineScope.OwnedBy("anna"), anna!.Scope);
    }

    [Theory]
    [InlineData(Channels.Msteams, "29:ANNA-NOVAK", null)]
    [InlineData(Channels.Slack, "29:anna-novak", null)]
    [InlineData(Channels.Emulator, "29:anna-novak", AnnaEntraId)]
    [InlineData(Channels.Msteams, "29:someone-else", "11111111-2222-3333-4444-555555555555")]
    [InlineData(Channels.Msteams, "29:someone-else", "not-a-guid")]
    [InlineData(Channels.Webchat, "anna-in-the-emulator", null)]
    public void FindSender_NoAccountMatches_IsAVisitor(string channel, string userId, string? aadObjectId)
    {
        Assert.Null(Directory().FindSender(From(channel, userId, aadObjectId)));
    }

    [Fact]
    public void FindSender_ManagerOutsideTheRoutingPool_SeesEveryonesDeals()
    {
        var maria = Directory().FindSender(From(Channels.Msteams, "29:maria-lopez", MariaEntraId));

        Assert.Equal(new Principal("maria", "Maria Lopez", PrincipalRole.Manager), maria);
        Assert.Equal(PipelineScope.Everyone, maria!.Scope);
    }

    [Fact]
    public void FindSender_RepWithTheManagerRole_IsAManagerWhoStillTakesLeads()
    {
        var options = Accounts();
        options.Reps[1].Role = PrincipalRole.Manager;

        var ben = Directory(options).FindSender(From(Channels.Msteams, "29:ben-carter", null));

        Assert.Equal(PrincipalRole.Manager, ben?.Role);
        Assert.Equal(PipelineScope.Everyone, ben!.Scope);
    }

    [Fact]
    public void FindSender_InactiveRep_IsAVisitor()
    {
        var routing = Routing();
        routing.Reps[0].Active = false;

        Assert.Null(Directory(routing: routing).FindSender(From(Channels.Msteams, "29:anna-novak", null)));
    }

    [Fact]
    public void FindSender_NoSender_IsAVisitor()
    {
        Assert.Null(Directory().FindSender(new Activity { Type = ActivityTypes.Message, ChannelId = Channels.Msteams }));
    }

    [Fact]
    public void Validate_ShippedShape_NoErrors()
    {
        Assert.Empty(Validate(Accounts()));
    }

    [Fact]
    public void Validate_AccountClaimedByTwoPeople_NamesBoth()
    {
        var options = Accounts();
        options.Managers[0].Accounts.Add(new RepChannelAccount { ChannelId = "MSTEAMS", AadObjectId = AnnaEntraId.ToUpperInvariant() });

        Assert.Equal([$"The account msteams Entra object {AnnaEntraId} belongs to more than one person: anna, maria."], Validate(options));
    }

    [Fact]
    public void Validate_ManagerIdTakenByARep_IsRefused()
    {
        var options = Accounts();
        options.Managers[0].Id = "ben";

        Assert.Equal(["Id 'ben' is used by more than one person in Routing:Reps and Routing:Managers."], Validate(options));
    }

    [Fact]
    public void Validate_BrokenAccounts_SayWhatIsWrong()
    {
        var options = Accounts();
        options.Managers.Add(new PrincipalAccounts
        {
            Id = "carl",
            Role = PrincipalRole.Rep,
            Accounts = [new RepChannelAccount { ChannelId = "", UserId = "carl" }, new RepChannelAccount { ChannelId = Channels.Msteams, AadObjectId = "29:carl" }, new RepChannelAccount { ChannelId = Channels.Slack }],
        });

        Assert.Equal(
        [
            "Routing:Managers entry 'carl' has the role Rep; a rep who takes leads belongs in Routing:Reps.",
            "An account of 'carl' has no ChannelId.",
            "The AadObjectId '29:carl' of 'carl' is not a GUID; Teams sends the user's Entra object id.",
            "An account of 'carl' on 'slack' has neither a UserId nor an AadObjectId.",
        ], Validate(options));
    }

    private static RepDirectory Directory(RepDirectoryOptions? accounts = null, RoutingOptions? routing = null) =>
        new(Options.Create(accounts ?? Accounts()), Options.Create(routing ?? Routing()));

    private static RoutingOptions Routing() => new()
    {
        Reps =
        [
            new Rep { Id = "anna", DisplayName = "Anna Novak" },
            new Rep { Id = "ben", DisplayName = "Ben Carter" },
        ],
    };

    private static RepDirectoryOptions Accounts() => new()
    {
        Reps =
        [
            new PrincipalAccounts
            {
                Id = "anna",
                DisplayName = "Anna Novak",
                Accounts =
                [
                    new RepChannelAccount { ChannelId = Channels.Msteams, UserId = "29:anna-novak", AadObjectId = AnnaEntraId },
                    new RepChannelAccount { ChannelId = Channels.Slack, UserId = "U0ANNA:T0SALES" },
                    new RepChannelAccount { ChannelId = Channels.Emulator, UserId = "anna-in-the-emulator" },
                ],
            },
            new PrincipalAccounts
            {
                Id = "ben",
                DisplayName = "Ben Carter",
                Accounts = [new RepChannelAccount { ChannelId = Channels.Msteams, UserId = "29:ben-carter" }],
            },
        ],
        Managers =
        [
            new PrincipalAccounts
            {
                Id = "maria",
                DisplayName = "Maria Lopez",
                Accounts = [new RepChannelAccount { ChannelId = Channels.Msteams, AadObjectId = MariaEntraId }],
            },
        ],
    };

    private static Activity From(string channel, string userId, string? aadObjectId) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = channel,
        From = new ChannelAccount(userId) { AadObjectId = aadObjectId },
    };

    private static List<string?> Validate(RepDirectoryOptions options) =>
        [.. options.Validate(new ValidationContext(options)).Select(r => r.ErrorMessage)];
}
