namespace PipelineBot.Host.Tools.Transfer;

/// <summary>How far an import has read its file.</summary>
/// <param name="BytesRead">Bytes read so far.</param>
/// <param name="Bytes">The file's length.</param>
/// <param name="Rows">Data rows read so far.</param>
public sealed record ReadProgress(long BytesRead, long Bytes, int Rows);
