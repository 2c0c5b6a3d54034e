namespace Sprout.Web.Platform.Schools;

public class Ward
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Province { get; set; }
    public List<School> Schools { get; set; } = [];
}
