namespace RecognitionPay.Api.Security;

/// <summary>
/// Secrets on disk (the local signing key, the certificate that encrypts the key ring) are created readable and
/// writable by the service's user only (0600), in folders only that user can enter (0700).
/// </summary>
public static class SecretFiles
{
    private const UnixFileMode OwnerOnlyFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="folder"/> (and its parents) if missing, the last one for its owner only.</summary>
    public static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    /// <summary>Writes a new secret file; false when another process created it first (theirs is kept).</summary>
    public static bool TryCreate(string path, ReadOnlySpan<byte> content)
    {
        CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile;
        }

        try
        {
            using var created = new FileStream(path, options);
            created.Write(content);
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }
}
