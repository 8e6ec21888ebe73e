namespace PipelineBot.Runtime.Hosting.DirectLine;

/// <summary>The verdict on a presented token.</summary>
internal enum DirectLineTokenStatus
{
    /// <summary>Signed by this host, unexpired, and of the kind asked for.</summary>
    Valid,

    /// <summary>Genuine, but past its expiry: the client must get a new one.</summary>
    Expired,

    /// <summary>Malformed, forged, or a token of another kind.</summary>
    Invalid,
}
