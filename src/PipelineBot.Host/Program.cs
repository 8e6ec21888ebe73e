using PipelineBot.Host.Endpoints;
using PipelineBot.Host.Extensions;
using PipelineBot.Runtime.Hosting;
using PipelineBot.Runtime.Hosting.DirectLine;
using PipelineBot.Storage;

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
app.Run();

/// <summary>The entry point, visible to the functional tests' WebApplicationFactory.</summary>
public partial class Program;
