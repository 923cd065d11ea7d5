// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package compiler_test

import (
	"context"
	"encoding/binary"

	"golang.org/x/net/bpf"
	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/seccomp/compiler"
	"github.com/snapiface/snapiface/interfaces/seccomp/compiler/grants"
	"github.com/snapiface/snapiface/snap"
)

// The seccomp return values and audit architectures the tests use.
const (
	retKillThread = grants.RetKillThread
	retLog        = grants.RetLog
	retAllow      = grants.RetAllow

	auditArchX86_64  = grants.AuditArchX86_64
	auditArchI386    = grants.AuditArchI386
	auditArchAArch64 = grants.AuditArchAArch64
	x32SyscallBit    = grants.X32SyscallBit
)

var (
	eperm  = uint32(grants.RetErrno | compiler.ErrnoDefault)
	eacces = uint32(grants.RetErrno | compiler.ErrnoDenied)
	enosys = uint32(grants.RetErrno | 38)
)

// Syscall numbers, from the kernel's syscall tables.
const (
	nrX86_64Read             = 0
	nrX86_64Ioctl            = 16
	nrX86_64Socket           = 41
	nrX86_64Chown            = 92
	nrX86_64Setuid           = 105
	nrX86_64Setgroups        = 116
	nrX86_64Reboot           = 169
	nrX86_64KexecLoad        = 246
	nrX86_64Mknodat          = 259
	nrX86_64Fchownat         = 260
	nrI386Ioctl              = 54
	nrI386Setgroups32        = 206
	nrI386Chown32            = 212
	nrI386KexecLoad          = 283
	nrX86_64Chmod            = 90
	nrX86_64Openat2          = 437
	nrX86_64Fsopen           = 430
	nrX86_64SchedSetaffinity = 203
	nrX86_64Chown32PNR       = 0xffffd8ec // libseccomp's pseudo number for chown32, which x86_64 lacks
)

// Argument values, from the Linux UAPI headers.
const (
	afInet        = 2
	afNetlink     = 16
	afPacket      = 17
	netlinkRoute  = 0
	netlinkAudit  = 9
	tcgets        = 0x5401
	tiocsti       = 0x5412
	tioclinux     = 0x541c
	atFdcwd       = 0xffffffffffffff9c
	sIFIFO        = 0x1000
	sIFCHR        = 0x2000
	sockRaw       = 3
	snapDaemonUID = 584788
)

func loadFilter(c *check.C, filter *compiler.Filter) *grants.Filter {
	f, err := grants.Load(filter)
	c.Assert(err, check.IsNil)
	return f
}

func evaluate(c *check.C, f *grants.Filter, arch, nr uint32, args ...uint64) uint32 {
	ret, err := f.Evaluate(arch, nr, args...)
	c.Assert(err, check.IsNil)
	return ret
}

type vmCase struct {
	what string
	arch uint32
	nr   uint32
	args []uint64
	want uint32
}

func checkCases(c *check.C, progs *grants.Filter, cases []vmCase) {
	for _, t := range cases {
		c.Check(evaluate(c, progs, t.arch, t.nr, t.args...), check.Equals, t.want, check.Commentf("%s: want %#x", t.what, t.want))
	}
}

func requireAMD64(c *check.C, filter *compiler.Filter) {
	if filter.Arches[0] != "amd64" {
		c.Skip("the syscall numbers of this test are those of amd64, x86 and x32; native is " + filter.Arches[0])
	}
}

func (s *compilerSuite) TestStrictPolicyInVM(c *check.C) {
	filter := compileVM(c, snap.StrictConfinement)
	requireAMD64(c, filter)
	progs := loadFilter(c, filter)
	checkCases(c, progs, []vmCase{
		// multipass-support's rules.
		{"setgroups(0, NULL)", auditArchX86_64, nrX86_64Setgroups, []uint64{0, 0}, retAllow},
		{"setgroups(1, list): explicitly denied", auditArchX86_64, nrX86_64Setgroups, []uint64{1, 0x1000}, eacces},
		{"setgroups(2, list): not allowed", auditArchX86_64, nrX86_64Setgroups, []uint64{2, 0x1000}, eperm},
		{"setgroups(1<<32): the upper half counts", auditArchX86_64, nrX86_64Setgroups, []uint64{1 << 32, 0}, eperm},
		{"chown", auditArchX86_64, nrX86_64Chown, []uint64{0x1000, 1000, 1000}, retAllow},
		{"fchownat", auditArchX86_64, nrX86_64Fchownat, []uint64{atFdcwd, 0x1000, 0, 0, 0}, retAllow},
		// The base policy.
		{"read", auditArchX86_64, nrX86_64Read, []uint64{0, 0x1000, 10}, retAllow},
		{"kexec_load: absent", auditArchX86_64, nrX86_64KexecLoad, nil, eperm},
		{"reboot: explicitly denied, not allowed", auditArchX86_64, nrX86_64Reboot, nil, eacces},
		{"ioctl TCGETS", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tcgets}, retAllow},
		{"ioctl TIOCSTI", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tiocsti}, eacces},
		{"ioctl TIOCSTI with the upper bits set", auditArchX86_64, nrX86_64Ioctl, []uint64{0, 1<<32 | tiocsti}, eacces},
		{"ioctl TIOCLINUX", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tioclinux}, eacces},
		{"socket AF_INET", auditArchX86_64, nrX86_64Socket, []uint64{afInet, sockRaw, 0}, retAllow},
		{"socket AF_PACKET", auditArchX86_64, nrX86_64Socket, []uint64{afPacket, sockRaw, 0}, eperm},
		{"socket AF_NETLINK NETLINK_ROUTE", auditArchX86_64, nrX86_64Socket, []uint64{afNetlink, sockRaw, netlinkRoute}, retAllow},
		{"socket AF_NETLINK NETLINK_AUDIT", auditArchX86_64, nrX86_64Socket, []uint64{afNetlink, sockRaw, netlinkAudit}, eperm},
		{"setuid(0)", auditArchX86_64, nrX86_64Setuid, []uint64{0}, retAllow},
		// Any id: the setuid capability, which AppArmor decides, is what
		// lets a process take an id it does not have.
		{"setuid(snap_daemon)", auditArchX86_64, nrX86_64Setuid, []uint64{snapDaemonUID}, retAllow},
		{"chown(root, root)", auditArchX86_64, nrX86_64Chown, []uint64{0x1000, 0, 0}, retAllow},
		{"fchownat(-1, root) as Go passes it", auditArchX86_64, nrX86_64Fchownat, []uint64{atFdcwd, 0x1000, 1<<64 - 1, 0, 0}, retAllow},
		{"x86 chown32(1000, root): multipass-support's", auditArchI386, nrI386Chown32, []uint64{0x1000, 1000, 0}, retAllow},
		{"chmod 04755", auditArchX86_64, nrX86_64Chmod, []uint64{0x1000, 0o4755}, eperm},
		{"openat2", auditArchX86_64, nrX86_64Openat2, nil, enosys},
		{"fsopen", auditArchX86_64, nrX86_64Fsopen, nil, enosys},
		{"sched_setaffinity(0)", auditArchX86_64, nrX86_64SchedSetaffinity, []uint64{0, 8, 0x1000}, retAllow},
		{"sched_setaffinity(another)", auditArchX86_64, nrX86_64SchedSetaffinity, []uint64{1234, 8, 0x1000}, eperm},
		{"mknodat FIFO", auditArchX86_64, nrX86_64Mknodat, []uint64{atFdcwd, 0x1000, sIFIFO | 0o644, 0}, retAllow},
		{"mknodat character device", auditArchX86_64, nrX86_64Mknodat, []uint64{atFdcwd, 0x1000, sIFCHR | 0o644, 0x0501}, eperm},
		// x86 programs on the same kernel: the 32-bit names exist there.
		{"x86 setgroups32(0)", auditArchI386, nrI386Setgroups32, []uint64{0, 0}, retAllow},
		// The denial names setgroups, not setgroups32.
		{"x86 setgroups32(1)", auditArchI386, nrI386Setgroups32, []uint64{1, 0}, eperm},
		{"x86 chown32", auditArchI386, nrI386Chown32, []uint64{0x1000, 0, 0}, retAllow},
		{"x86 kexec_load", auditArchI386, nrI386KexecLoad, nil, eperm},
		{"x86 ioctl TIOCSTI", auditArchI386, nrI386Ioctl, []uint64{0, tiocsti}, eacces},
		// x32 shares x86_64's audit architecture, with a bit in the
		// number; the filter leaves it out, and libseccomp kills it.
		{"x32 read", auditArchX86_64, x32SyscallBit | nrX86_64Read, []uint64{0, 0x1000, 10}, retKillThread},
		{"x32 chown", auditArchX86_64, x32SyscallBit | nrX86_64Chown, []uint64{0x1000, 0, 0}, retKillThread},
		{"x32 kexec_load", auditArchX86_64, x32SyscallBit | 528, nil, retKillThread},
		// Architectures the filter does not know are killed.
		{"aarch64", auditArchAArch64, 0, nil, retKillThread},
	})
}

func (s *compilerSuite) TestDevmodePolicyInVM(c *check.C) {
	filter := compileVM(c, snap.DevModeConfinement)
	requireAMD64(c, filter)
	progs := loadFilter(c, filter)
	checkCases(c, progs, []vmCase{
		{"kexec_load: logged", auditArchX86_64, nrX86_64KexecLoad, nil, retLog},
		{"setgroups(2): logged", auditArchX86_64, nrX86_64Setgroups, []uint64{2, 0}, retLog},
		{"chown", auditArchX86_64, nrX86_64Chown, []uint64{0x1000, 0, 0}, retAllow},
		// Explicit denials are enforced in complain mode, as in AppArmor.
		{"reboot", auditArchX86_64, nrX86_64Reboot, nil, eacces},
		{"setgroups(1)", auditArchX86_64, nrX86_64Setgroups, []uint64{1, 0}, eacces},
		{"ioctl TIOCSTI", auditArchX86_64, nrX86_64Ioctl, []uint64{0, tiocsti}, eacces},
	})
}

// TestPseudoSyscallsLeftOut checks that a name x86_64 lacks compiles to
// no comparison there (libseccomp would compare with its negative pseudo
// number), and to a rule on x86, which has it.
func (s *compilerSuite) TestPseudoSyscallsLeftOut(c *check.C) {
	filter, err := compiler.Compile(context.Background(), "chown32\n")
	c.Assert(err, check.IsNil)
	requireAMD64(c, filter)
	c.Assert(filter.Programs, check.HasLen, 1)
	for _, insn := range instructions(c, filter.Programs[0]) {
		if jump, ok := insn.(bpf.JumpIf); ok {
			c.Check(jump.Val, check.Not(check.Equals), uint32(nrX86_64Chown32PNR))
		}
	}
	progs := loadFilter(c, filter)
	checkCases(c, progs, []vmCase{
		{"x86 chown32", auditArchI386, nrI386Chown32, nil, retAllow},
		{"x86_64 chown", auditArchX86_64, nrX86_64Chown, nil, eperm},
		// The pseudo number has the x32 bit set: killed as x32 is.
		{"x86_64 pseudo number", auditArchX86_64, nrX86_64Chown32PNR, nil, retKillThread},
	})
}

// instructions disassembles a program, in host order.
func instructions(c *check.C, prog []byte) []bpf.Instruction {
	raw := make([]bpf.RawInstruction, 0, len(prog)/8)
	for i := 0; i+8 <= len(prog); i += 8 {
		raw = append(raw, bpf.RawInstruction{
			Op: binary.NativeEndian.Uint16(prog[i:]), Jt: prog[i+2], Jf: prog[i+3], K: binary.NativeEndian.Uint32(prog[i+4:]),
		})
	}
	insns, ok := bpf.Disassemble(raw)
	c.Assert(ok, check.Equals, true)
	return insns
}

// TestMasksMinusOneAndErrnosInVM checks the comparisons of masks and
// -1, and denials with an errno of their own.
func (s *compilerSuite) TestMasksMinusOneAndErrnosInVM(c *check.C) {
	filter, err := compiler.Compile(context.Background(), `
chmod - &S_ISUID|S_ISGID=0
openat - - &O_CREAT|__O_TMPFILE=0
openat - - - &S_ISUID|S_ISGID=0
quotactl &0xffffff00=0x80000700
setresuid -1 u:root -1
~openat2 -> ENOSYS
pipe2
~pipe2 - |O_NOTIFICATION_PIPE -> EPERM
`)
	c.Assert(err, check.IsNil)
	requireAMD64(c, filter)
	progs := loadFilter(c, filter)
	const (
		nrChmod     = 90
		nrOpenat    = 257
		nrQuotactl  = 179
		nrSetresuid = 117
		nrOpenat2   = 437
		nrPipe2     = 293
		oCreat      = 0x40
		oTmpfile    = 0x410002
	)
	checkCases(c, progs, []vmCase{
		{"chmod 0755", auditArchX86_64, nrChmod, []uint64{0x1000, 0o755}, retAllow},
		{"chmod 04755", auditArchX86_64, nrChmod, []uint64{0x1000, 0o4755}, eperm},
		{"chmod 02755", auditArchX86_64, nrChmod, []uint64{0x1000, 0o2755}, eperm},
		{"chmod 01777", auditArchX86_64, nrChmod, []uint64{0x1000, 0o1777}, retAllow},
		{"openat O_RDONLY whatever the mode register holds", auditArchX86_64, nrOpenat, []uint64{atFdcwd, 0x1000, 0, 0o4755}, retAllow},
		{"openat O_CREAT 0644", auditArchX86_64, nrOpenat, []uint64{atFdcwd, 0x1000, oCreat | 1, 0o644}, retAllow},
		{"openat O_CREAT 04755", auditArchX86_64, nrOpenat, []uint64{atFdcwd, 0x1000, oCreat | 1, 0o4755}, eperm},
		{"openat O_TMPFILE 02755", auditArchX86_64, nrOpenat, []uint64{atFdcwd, 0x1000, oTmpfile, 0o2755}, eperm},
		{"quotactl Q_GETQUOTA usr", auditArchX86_64, nrQuotactl, []uint64{0x80000700}, retAllow},
		{"quotactl Q_GETQUOTA prj", auditArchX86_64, nrQuotactl, []uint64{0x80000702}, retAllow},
		{"quotactl Q_GETQUOTA sign-extended: the mask ignores the upper half", auditArchX86_64, nrQuotactl, []uint64{0xffffffff80000700}, retAllow},
		{"quotactl Q_SETQUOTA", auditArchX86_64, nrQuotactl, []uint64{0x80000800}, eperm},
		{"setresuid(-1, 0, -1) as C passes it", auditArchX86_64, nrSetresuid, []uint64{0xffffffff, 0, 0xffffffff}, retAllow},
		{"setresuid(-1, 0, -1) as Go passes it", auditArchX86_64, nrSetresuid, []uint64{1<<64 - 1, 0, 1<<64 - 1}, retAllow},
		{"setresuid(0, 0, -1)", auditArchX86_64, nrSetresuid, []uint64{0, 0, 0xffffffff}, eperm},
		{"setresuid(-2, 0, -1)", auditArchX86_64, nrSetresuid, []uint64{0xfffffffe, 0, 0xffffffff}, eperm},
		{"openat2: ENOSYS, for libc to fall back", auditArchX86_64, nrOpenat2, nil, enosys},
		{"x86 openat2", auditArchI386, nrOpenat2, nil, enosys},
		{"pipe2 O_CLOEXEC", auditArchX86_64, nrPipe2, []uint64{0x1000, 0x80000}, retAllow},
		{"pipe2 O_NOTIFICATION_PIPE: EPERM as named", auditArchX86_64, nrPipe2, []uint64{0x1000, 0x80}, eperm},
	})
}

// TestSyscallsByNumber checks that syscalls this libseccomp may not know
// compile by their unified number on the native architecture, and are
// left out of the compat one, where libseccomp cannot add them.
func (s *compilerSuite) TestSyscallsByNumber(c *check.C) {
	filter, err := compiler.Compile(context.Background(), "listmount\nstatmount\nmseal\n")
	c.Assert(err, check.IsNil)
	requireAMD64(c, filter)
	progs := loadFilter(c, filter)
	checkCases(c, progs, []vmCase{
		{"statmount", auditArchX86_64, 457, nil, retAllow},
		{"listmount", auditArchX86_64, 458, nil, retAllow},
		{"mseal", auditArchX86_64, 462, nil, retAllow},
		{"lsm_get_self_attr: not named", auditArchX86_64, 459, nil, eperm},
		{"x86 listmount: the gap", auditArchI386, 458, nil, eperm},
	})
}
