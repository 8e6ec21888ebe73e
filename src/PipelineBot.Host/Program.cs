using PipelineBot.Host.Endpoints;
using PipelineBot.Host.Extensions;
using PipelineBot.Host.Tools;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Storage;

// A verb (seed-demo, import, export, help) runs that tool on the bot's configuration and database, then exits.
if (ToolRequest.IsToolCommandLine(args))
{
    return await CommandLineTools.RunAsync(args, ToolConsole.Process);
}

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddApplicationSettings();
builder.Services.AddLiteDbStorage();
builder.Services.AddSalesBot();

var app = builder.Build();
app.UseWebSockets();
app.MapBotEndpoint("/api/messages");
app.MapDirectLine("/v3/directline");
app.MapWebChatPage();
app.MapMeetingInvites();
app.MapPipelineApi();
app.MapHealthChecks("/healthz");
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
