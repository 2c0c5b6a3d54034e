using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CellRatingPublic : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Public",
                table: "CellRating",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Public",
                table: "CellRating");
        }
    }
}
