using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchHeads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchHead",
                table: "OutgoingDocument",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchHead",
                table: "IncomingDocument",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            // What is folded changed (number and signer added, punctuation split into words): start-up refolds rows left
            // empty here (SearchText.RefoldStaleAsync), since SQL cannot fold Vietnamese as TextFolding does.
            migrationBuilder.Sql("""UPDATE "OutgoingDocument" SET "Folded" = '';""");
            migrationBuilder.Sql("""UPDATE "IncomingDocument" SET "Folded" = '';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchHead",
                table: "OutgoingDocument");

            migrationBuilder.DropColumn(
                name: "SearchHead",
                table: "IncomingDocument");
        }
    }
}
