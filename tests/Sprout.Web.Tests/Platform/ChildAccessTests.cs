using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Sprout.Web.Modules.Health;
using Sprout.Web.Platform.Access;
using Sprout.Web.Platform.Authorization;
using Sprout.Web.Platform.Data;
using Sprout.Web.Platform.Demo;
using Sprout.Web.Platform.Identity;
using Sprout.Web.Tests.Infrastructure;

namespace Sprout.Web.Tests.Platform;

/// <summary>ChildAccess directly, for each capacity, against the demo school.</summary>
[Collection(AppCollection.Name)]
public class ChildAccessTests(SproutAppFactory app)
{
    private sealed record Demo(int School, int TeacherUserId, int GuardianId, int OwnChild, int LonA1, int OtherClass, int OtherChild, int ClassCount, int ChildCount);

    private Task<Demo> DemoAsync() => app.WithDbAsync(async db =>
    {
        var school = await db.Schools.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
        var teacher = await db.Users.Where(u => u.UserName == "giaovien@mnviethung.edu.vn").Select(u => u.Id).FirstAsync();
        var guardian = await db.Users.Where(u => u.UserName == DemoAccounts.ParentPhone).Select(u => u.GuardianId!.Value).FirstAsync();
        var own = await db.ChildGuardians.Where(g => g.GuardianId == guardian).OrderBy(g => g.ChildId).Select(g => g.ChildId).FirstAsync();
        var lonA1 = await db.Classrooms.Where(c => c.SchoolId == school && c.Name == "Lớn A1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var other = await db.Classrooms.Where(c => c.SchoolId == school && c.Name == "Bé C1").OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var otherChild = await db.Children.Where(c => c.ClassroomId == other).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        return new Demo(school, teacher, guardian, own, lonA1, other, otherChild,
            await db.Classrooms.CountAsync(c => c.SchoolId == school), await db.Children.CountAsync(c => c.SchoolId == school));
    });

    private static ClaimsPrincipal Person(int? school, params (string Type, string Value)[] claims) => new(new ClaimsIdentity(
        claims.Select(c => new Claim(c.Type, c.Value))
            .Concat(school is { } s ? [new Claim(SproutClaims.School, s.ToString(CultureInfo.InvariantCulture))] : []),
        "Test", ClaimTypes.Name, ClaimTypes.Role));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<T> WithAccessAsync<T>(int? school, Func<ChildAccess, Task<T>> work)
    {
        using var scope = app.Services.CreateAsyncScopeAndFactory(out var factory);
        await using var db = factory.Create(school is { } s ? SchoolScope.ForSchool(s) : new SchoolScope { WardId = 1, ReadOnly = true });
        return await work(new ChildAccess(db));
    }

    [Fact]
    public async Task A_guardian_sees_and_acts_for_their_own_children_only()
    {
        var d = await DemoAsync();
        var parent = Person(d.School, (ClaimTypes.Role, Roles.Parent), (SproutClaims.Guardian, Id(d.GuardianId)));
        await WithAccessAsync(d.School, async access =>
        {
            Assert.Equal(AccessCapacity.Guardian, await access.CapacityAsync(parent, d.OwnChild));
            Assert.True(await access.CanChangeChildAsync(parent, d.OwnChild, AccessRights.ParentHome));
            Assert.False(await access.CanSeeChildAsync(parent, d.OtherChild));
            Assert.Equal(AccessCapacity.None, await access.CapacityAsync(parent, d.OtherChild));
            var linked = await app.WithDbAsync(db => db.ChildGuardians.Where(g => g.GuardianId == d.GuardianId).Select(g => g.ChildId).OrderBy(id => id).ToListAsync());
            Assert.Equal(linked, await access.VisibleChildren(parent).Select(c => c.Id).OrderBy(id => id).ToListAsync());
            // Their child's class is shown (plan, announcements) but never changed.
            Assert.True(await access.CanSeeClassAsync(parent, d.LonA1));
            Assert.False(await access.CanChangeClassAsync(parent, d.LonA1));
            await Assert.ThrowsAsync<AccessRefusedException>(() => access.EnsureCanChangeChildAsync(parent, d.OtherChild, AccessRights.ParentHome));
            return 0;
        });
    }

    [Fact]
    public async Task A_teacher_is_class_staff_of_the_classes_they_teach_only()
    {
        var d = await DemoAsync();
        var teacher = Person(d.School, (ClaimTypes.Role, Roles.Teacher), (ClaimTypes.NameIdentifier, Id(d.TeacherUserId)));
        await WithAccessAsync(d.School, async access =>
        {
            Assert.Equal(AccessCapacity.ClassStaff, await access.CapacityAsync(teacher, d.OwnChild));
            Assert.True(await access.CanChangeClassAsync(teacher, d.LonA1, AccessRights.ChildrenEdit));
            Assert.False(await access.CanSeeClassAsync(teacher, d.OtherClass));
            Assert.False(await access.CanChangeChildAsync(teacher, d.OtherChild));
            Assert.Equal(AccessCapacity.None, await access.CapacityAsync(teacher, d.OtherChild));
            await Assert.ThrowsAsync<AccessRefusedException>(() => access.EnsureCanChangeClassAsync(teacher, d.OtherClass));
            // A right the teacher's role does not hold gives no capacity at all.
            Assert.False(await access.CanSeeChildAsync(teacher, d.OwnChild, AccessRights.ClassesManage));
            return 0;
        });
    }

    [Theory]
    [InlineData(Roles.Admin)]
    [InlineData(Roles.Principal)]
    [InlineData(Roles.VicePrincipal)]
    [InlineData(Roles.Nurse)]
    [InlineData(Roles.Clerk)]
    public async Task School_wide_roles_see_and_change_every_child_and_class_of_their_school(string role)
    {
        var d = await DemoAsync();
        var staff = Person(d.School, (ClaimTypes.Role, role), (ClaimTypes.NameIdentifier, "999999"));
        await WithAccessAsync(d.School, async access =>
        {
            Assert.Equal(d.ChildCount, await access.VisibleChildren(staff).CountAsync());
            Assert.Equal(d.ClassCount, await access.ChangeableClasses(staff).CountAsync());
            Assert.Equal(AccessCapacity.SchoolWide, await access.CapacityAsync(staff, d.OtherChild));
            Assert.True(await access.CanChangeChildAsync(staff, d.OtherChild));
            return 0;
        });
    }

    [Theory]
    [InlineData(Roles.Cook)]
    [InlineData(Roles.Accountant)]
    [InlineData(Roles.PartyMember)]
    public async Task Kitchen_accounts_and_party_roles_see_no_child_and_no_class(string role)
    {
        var d = await DemoAsync();
        var staff = Person(d.School, (ClaimTypes.Role, role), (ClaimTypes.NameIdentifier, Id(d.TeacherUserId)));
        await WithAccessAsync(d.School, async access =>
        {
            Assert.Equal(0, await access.VisibleChildren(staff).CountAsync());
            Assert.Equal(0, await access.VisibleClasses(staff).CountAsync());
            Assert.Equal(AccessCapacity.None, await access.CapacityAsync(staff, d.OwnChild));
            return 0;
        });
    }

    [Fact]
    public async Task The_ward_officer_changes_nothing_and_sees_no_child()
    {
        var d = await DemoAsync();
        var ward = Person(null, (ClaimTypes.Role, Roles.WardOfficer), (SproutClaims.Ward, "1"));
        await WithAccessAsync(null, async access =>
        {
            Assert.Equal(0, await access.VisibleChildren(ward).CountAsync());
            Assert.False(await access.CanChangeChildAsync(ward, d.OwnChild));
            Assert.False(await access.CanChangeClassAsync(ward, d.LonA1));
            return 0;
        });
        // Even a ward officer holding a school-wide role by mistake writes nothing without a school.
        var both = Person(null, (ClaimTypes.Role, Roles.WardOfficer), (ClaimTypes.Role, Roles.Principal));
        await WithAccessAsync(d.School, async access =>
        {
            Assert.Equal(0, await access.ChangeableChildren(both).CountAsync());
            return 0;
        });
    }

    [Fact]
    public async Task A_clerk_who_is_also_a_parent_counts_only_as_a_parent_on_a_parents_page()
    {
        var d = await DemoAsync();
        var both = Person(d.School, (ClaimTypes.Role, Roles.Clerk), (ClaimTypes.Role, Roles.Parent), (SproutClaims.Guardian, Id(d.GuardianId)));
        await WithAccessAsync(d.School, async access =>
        {
            Assert.True(await access.CanSeeChildAsync(both, d.OtherChild));
            Assert.False(await access.CanSeeChildAsync(both, d.OtherChild, AccessRights.ParentHome));
            Assert.Equal(AccessCapacity.Guardian, await access.CapacityAsync(both, d.OwnChild, HealthModule.ChildPage with { Roles = [Roles.Parent] }));
            return 0;
        });
    }
}
