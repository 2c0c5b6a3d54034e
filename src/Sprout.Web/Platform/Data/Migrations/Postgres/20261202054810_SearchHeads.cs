using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sprout.Web.Platform.Data.Migrations.Postgres
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
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SearchHead",
                table: "IncomingDocument",
                type: "text",
                nullable: false,
                defaultValue: "");

            // The small vector a match is ranked by (see FullTextIndex); not in the EF model, like SearchVector.
            migrationBuilder.Sql("""
                ALTER TABLE "OutgoingDocument" ADD COLUMN "HeadVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "SearchHead")) STORED;
                """);
            migrationBuilder.Sql("""
                ALTER TABLE "IncomingDocument" ADD COLUMN "HeadVector" tsvector GENERATED ALWAYS AS (to_tsvector('simple', "SearchHead")) STORED;
                """);

            // What is folded changed (number and signer added, punctuation split into words): start-up refolds rows left
            // empty here (SearchText.RefoldStaleAsync), since SQL cannot fold Vietnamese as TextFolding does.
            migrationBuilder.Sql("""UPDATE "OutgoingDocument" SET "Folded" = '';""");
            migrationBuilder.Sql("""UPDATE "IncomingDocument" SET "Folded" = '';""");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""ALTER TABLE "OutgoingDocument" DROP COLUMN "HeadVector";""");
            migrationBuilder.Sql("""ALTER TABLE "IncomingDocument" DROP COLUMN "HeadVector";""");

            migrationBuilder.DropColumn(
                name: "SearchHead",
                table: "OutgoingDocument");

            migrationBuilder.DropColumn(
                name: "SearchHead",
                table: "IncomingDocument");
        }
    }
}
