// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp_test

import (
	"errors"
	"strings"

	"gopkg.in/check.v1"

	"github.com/snapiface/snapiface/interfaces/seccomp"
)

type parseSuite struct{}

var _ = check.Suite(&parseSuite{})

func (s *parseSuite) TestRules(c *check.C) {
	rs, err := seccomp.Parse(`# a comment
  # an indented comment

read
setgroups 0 -    # the first argument is 0
~ioctl - TIOCSTI
socket AF_NETLINK - NETLINK_ROUTE
setresuid u:root u:root u:root
setresgid g:nogroup g:snap_daemon g:root
clone |CLONE_NEWUSER
prctl >=1 <=0x10 <2 >3 !4 -
openat - - - - - 18446744073709551615
chmod - &S_ISUID|S_ISGID=0
openat - - &O_CREAT|__O_TMPFILE=O_CREAT |S_ISUID|S_ISGID
quotactl &0xffffff00=0x80000700
setresuid -1 u:root -1
~openat2 -> ENOSYS
~pipe2 - |O_NOTIFICATION_PIPE -> EPERM
`)
	c.Assert(err, check.IsNil)
	c.Check(rs.Complain, check.Equals, false)
	c.Check(rs.Unrestricted, check.Equals, false)
	eq := func(v uint64, name string) seccomp.Arg { return seccomp.Arg{Op: seccomp.OpEqual, Value: v, Name: name} }
	anyArg := seccomp.Arg{Op: seccomp.OpAny}
	minusOne := seccomp.Arg{Op: seccomp.OpMaskedEqual, Mask: 0xffffffff, Value: 0xffffffff, Name: "-1"}
	c.Check(rs.Rules, check.DeepEquals, []seccomp.Rule{
		{Line: 4, Syscall: "read"},
		{Line: 5, Syscall: "setgroups", Args: []seccomp.Arg{eq(0, ""), anyArg}},
		{Line: 6, Syscall: "ioctl", Deny: true, Args: []seccomp.Arg{anyArg, {Op: seccomp.OpEqual, Value: 0x5412, Name: "TIOCSTI", GenericOnly: true}}},
		{Line: 7, Syscall: "socket", Args: []seccomp.Arg{eq(16, "AF_NETLINK"), anyArg, eq(0, "NETLINK_ROUTE")}},
		{Line: 8, Syscall: "setresuid", Args: []seccomp.Arg{eq(0, "u:root"), eq(0, "u:root"), eq(0, "u:root")}},
		{Line: 9, Syscall: "setresgid", Args: []seccomp.Arg{eq(65534, "g:nogroup"), eq(584788, "g:snap_daemon"), eq(0, "g:root")}},
		{Line: 10, Syscall: "clone", Args: []seccomp.Arg{{Op: seccomp.OpMaskedAll, Value: 0x10000000, Name: "CLONE_NEWUSER"}}},
		{Line: 11, Syscall: "prctl", Args: []seccomp.Arg{
			{Op: seccomp.OpGreaterEqual, Value: 1}, {Op: seccomp.OpLessEqual, Value: 16}, {Op: seccomp.OpLess, Value: 2},
			{Op: seccomp.OpGreater, Value: 3}, {Op: seccomp.OpNotEqual, Value: 4}, anyArg,
		}},
		{Line: 12, Syscall: "openat", Args: []seccomp.Arg{anyArg, anyArg, anyArg, anyArg, anyArg, eq(1<<64-1, "")}},
		{Line: 13, Syscall: "chmod", Args: []seccomp.Arg{anyArg, {Op: seccomp.OpMaskedEqual, Mask: 0xc00, MaskName: "S_ISUID|S_ISGID", Value: 0, Name: ""}}},
		{Line: 14, Syscall: "openat", Args: []seccomp.Arg{anyArg, anyArg,
			{Op: seccomp.OpMaskedEqual, Mask: 0x400040, MaskName: "O_CREAT|__O_TMPFILE", Value: 0x40, Name: "O_CREAT", GenericOnly: true},
			{Op: seccomp.OpMaskedAll, Value: 0xc00, Name: "S_ISUID|S_ISGID"}}},
		{Line: 15, Syscall: "quotactl", Args: []seccomp.Arg{{Op: seccomp.OpMaskedEqual, Mask: 0xffffff00, Value: 0x80000700}}},
		{Line: 16, Syscall: "setresuid", Args: []seccomp.Arg{minusOne, eq(0, "u:root"), minusOne}},
		{Line: 17, Syscall: "openat2", Deny: true, Errno: 38, ErrnoName: "ENOSYS"},
		{Line: 18, Syscall: "pipe2", Deny: true, Errno: 1, ErrnoName: "EPERM", Args: []seccomp.Arg{anyArg, {Op: seccomp.OpMaskedAll, Value: 0x80, Name: "O_NOTIFICATION_PIPE", GenericOnly: true}}},
	})
	// Rules print back as they were written, comments and spacing aside.
	var lines []string
	for _, r := range rs.Rules {
		lines = append(lines, r.String())
	}
	c.Check(strings.Join(lines, "\n"), check.Equals, `read
setgroups 0 -
~ioctl - TIOCSTI
socket AF_NETLINK - NETLINK_ROUTE
setresuid u:root u:root u:root
setresgid g:nogroup g:snap_daemon g:root
clone |CLONE_NEWUSER
prctl >=1 <=16 <2 >3 !4 -
openat - - - - - 18446744073709551615
chmod - &S_ISUID|S_ISGID=0
openat - - &O_CREAT|__O_TMPFILE=O_CREAT |S_ISUID|S_ISGID
quotactl &4294967040=2147485440
setresuid -1 u:root -1
~openat2 -> ENOSYS
~pipe2 - |O_NOTIFICATION_PIPE -> EPERM`)
}

func (s *parseSuite) TestDirectives(c *check.C) {
	for _, t := range []struct {
		text                   string
		complain, unrestricted bool
	}{
		{"read\n", false, false},
		{"@complain\nread\n", true, false},
		{"@unrestricted\n", false, true},
		// Snippets may carry a directive: it applies wherever it is.
		{"read\n  @unrestricted  # from an interface\n", false, true},
		{"@complain\n@unrestricted\n", true, true},
	} {
		rs, err := seccomp.Parse(t.text)
		c.Assert(err, check.IsNil, check.Commentf("%q", t.text))
		c.Check(rs.Complain, check.Equals, t.complain, check.Commentf("%q", t.text))
		c.Check(rs.Unrestricted, check.Equals, t.unrestricted, check.Commentf("%q", t.text))
	}
}

func (s *parseSuite) TestErrors(c *check.C) {
	for _, t := range []struct {
		input, errorRegexp string
	}{
		{"@enforce", `line 1: unknown directive "@enforce"`},
		{"read\n@complain now", `line 2: directive "@complain" takes no arguments`},
		{"@", `line 1: unknown directive "@"`},
		{"~", `line 1: missing syscall name after "~"`},
		{"~ ioctl", `line 1: missing syscall name after "~"`},
		{"Open", `line 1: invalid syscall name "Open": want lowercase letters, digits and underscores`},
		{"open-at", `line 1: invalid syscall name "open-at": .*`},
		{"9open", `line 1: invalid syscall name "9open": .*`},
		{"~~open", `line 1: invalid syscall name "~open": .*`},
		{"\n\nopen - - - - - - -", `line 3: syscall "open": too many arguments: 7, a syscall has at most 6`},
		{"prctl >=", `line 1: syscall "prctl": argument 1: missing value after comparison ">="`},
		{"prctl - !", `line 1: syscall "prctl": argument 2: missing value after comparison "!"`},
		{"prctl >>5", `line 1: syscall "prctl": argument 1: bad comparison ">>5": want one of >=, <=, <, >, !, | or & before a value`},
		{"prctl ==5", `line 1: syscall "prctl": argument 1: bad comparison "==5": .*`},
		{"prctl =<5", `line 1: syscall "prctl": argument 1: bad comparison "=<5": .*`},
		{"prctl &5", `line 1: syscall "prctl": argument 1: bad masked comparison "&5": want &MASK=VALUE`},
		{"prctl &=5", `line 1: syscall "prctl": argument 1: bad masked comparison "&=5": want &MASK=VALUE`},
		{"prctl &5=", `line 1: syscall "prctl": argument 1: bad masked comparison "&5=": want &MASK=VALUE`},
		{"prctl &0=0", `line 1: syscall "prctl": argument 1: bad masked comparison "&0=0": the mask is 0, which every argument matches`},
		{"prctl &0xf0=1", `line 1: syscall "prctl": argument 1: bad masked comparison "&0xf0=1": the value has bits outside the mask, so no argument matches`},
		{"prctl &-1=1", `line 1: syscall "prctl": argument 1: bad masked comparison "&-1=1": -1 is the -1 of a 32-bit argument, matched by equality only`},
		{"prctl &S_ISUID=S_FOO", `line 1: syscall "prctl": argument 1: unknown constant "S_FOO"`},
		{"prctl &0x=1", `line 1: syscall "prctl": argument 1: bad number "0x"`},
		{"prctl !-1", `line 1: syscall "prctl": argument 1: cannot compare -1 with "!": -1 is the -1 of a 32-bit argument, matched by equality only`},
		{"prctl |-1", `line 1: syscall "prctl": argument 1: cannot compare -1 with "|": .*`},
		{"prctl -2", `line 1: syscall "prctl": argument 1: bad value "-2": want a number, a constant, u:USER or g:GROUP`},
		{"prctl S_ISUID|", `line 1: syscall "prctl": argument 1: bad value "S_ISUID\|": want numbers and constants joined by "\|"`},
		{"prctl S_ISUID||1", `line 1: syscall "prctl": argument 1: bad value "S_ISUID\|\|1": .*`},
		{"setuid u:root|1", `line 1: syscall "setuid": argument 1: bad value "u:root\|1": .*`},
		{"prctl 1|S_FOO", `line 1: syscall "prctl": argument 1: unknown constant "S_FOO"`},
		{"openat2 -> ENOSYS", `line 1: syscall "openat2": "->" names the errno of a denial: write the rule with "~"`},
		{"~openat2 ->", `line 1: syscall "openat2": want one errno after "->", at the end of the rule`},
		{"~openat2 -> ENOSYS -", `line 1: syscall "openat2": want one errno after "->", at the end of the rule`},
		{"~openat2 -> ENOSPC", `line 1: syscall "openat2": unknown errno "ENOSPC": want one of EPERM, ENOENT, EACCES, EINVAL, ENOSYS, EOPNOTSUPP`},
		{"~read 1 2 3 4 5 6 7 -> EPERM", `line 1: syscall "read": too many arguments: 7, a syscall has at most 6`},
		{"prctl !<5", `line 1: syscall "prctl": argument 1: bad comparison "!<5": .*`},
		{"prctl 0xzz", `line 1: syscall "prctl": argument 1: bad number "0xzz"`},
		{"prctl 0x", `line 1: syscall "prctl": argument 1: bad number "0x"`},
		{"prctl 12ab", `line 1: syscall "prctl": argument 1: bad number "12ab"`},
		{"prctl 010", `line 1: syscall "prctl": argument 1: bad number "010": leading zeros are ambiguous, write decimal or 0x hexadecimal`},
		{"prctl 18446744073709551616", `line 1: syscall "prctl": argument 1: bad number "18446744073709551616": out of range`},
		{"prctl 0x10000000000000000", `line 1: syscall "prctl": argument 1: bad number "0x10000000000000000": out of range`},
		{"prctl pr_set_name", `line 1: syscall "prctl": argument 1: bad value "pr_set_name": .*`},
		{"socket AF_FOO", `line 1: syscall "socket": argument 1: unknown constant "AF_FOO"`},
		{"socket !AF_DECNET", `line 1: syscall "socket": argument 1: unknown constant "AF_DECNET"`},
		{"setuid u:alice", `line 1: syscall "setuid": argument 1: unknown user "alice": only ids that are the same on every system are known`},
		{"setuid u:nogroup", `line 1: syscall "setuid": argument 1: unknown user "nogroup": .*`},
		{"setgid g:shadow", `line 1: syscall "setgid": argument 1: unknown group "shadow": .*`},
		{"setuid u:", `line 1: syscall "setuid": argument 1: missing user name after "u:"`},
		{"setgid g:", `line 1: syscall "setgid": argument 1: missing group name after "g:"`},
		{"ioctl - !TIOCSTI", `line 1: syscall "ioctl": argument 2: cannot compare an ioctl request with "!TIOCSTI": the kernel reads only its lower 32 bits, so only equality and masks within them are safe`},
		{"~ioctl - >=0x5400", `line 1: syscall "ioctl": argument 2: cannot compare an ioctl request with ">=21504": .*`},
		{"ioctl - <5", `line 1: syscall "ioctl": argument 2: cannot compare an ioctl request with "<5": .*`},
		{"ioctl - |0x100000000", `line 1: syscall "ioctl": argument 2: cannot compare an ioctl request with "|4294967296": .*`},
		{"ioctl - &0x1ffffffff=1", `line 1: syscall "ioctl": argument 2: cannot compare an ioctl request with "&8589934591=1": .*`},
		// Fields are split as strings.Fields splits them: past the
		// arguments a rule may have, and with spaces outside ASCII.
		{"read 1 2 3 4 5 6 7 8 9 10 11 12", `line 1: syscall "read": too many arguments: 12, a syscall has at most 6`},
		{"read\u00a01 x", `line 1: syscall "read": argument 2: bad value "x": .*`},
		{"read\u2003ÿ", `line 1: syscall "read": argument 1: bad value "ÿ": .*`},
		{"réad", `line 1: invalid syscall name "réad": .*`},
		{"@complain\u00a0now", `line 1: directive "@complain" takes no arguments`},
	} {
		_, err := seccomp.Parse(t.input)
		c.Check(err, check.ErrorMatches, t.errorRegexp, check.Commentf("%q", t.input))
		var perr *seccomp.PolicyError
		c.Check(errors.As(err, &perr), check.Equals, true, check.Commentf("%q", t.input))
	}
}

func (s *parseSuite) TestIoctlRequestsThatAreSafe(c *check.C) {
	for _, text := range []string{"ioctl", "ioctl 1 TIOCSTI", "~ioctl - |0x5400", "ioctl - -", "ioctl <5", "ioctl - &0xff00=0x5400", "ioctl -1 TCGETS"} {
		_, err := seccomp.Parse(text)
		c.Check(err, check.IsNil, check.Commentf("%q", text))
	}
}

func (s *parseSuite) TestPolicyErrorFields(c *check.C) {
	_, err := seccomp.Parse("read\nsocket AF_FOO\n")
	var perr *seccomp.PolicyError
	c.Assert(errors.As(err, &perr), check.Equals, true)
	c.Check(perr.Line, check.Equals, 2)
	c.Check(perr.Syscall, check.Equals, "socket")
	c.Check(perr.Unwrap(), check.ErrorMatches, `argument 1: unknown constant "AF_FOO"`)

	_, err = seccomp.Parse("@bad")
	c.Assert(errors.As(err, &perr), check.Equals, true)
	c.Check(perr.Syscall, check.Equals, "")
}

func (s *parseSuite) TestOpString(c *check.C) {
	for op, text := range map[seccomp.Op]string{
		seccomp.OpAny: "-", seccomp.OpEqual: "", seccomp.OpNotEqual: "!", seccomp.OpLess: "<",
		seccomp.OpLessEqual: "<=", seccomp.OpGreater: ">", seccomp.OpGreaterEqual: ">=", seccomp.OpMaskedAll: "|",
		seccomp.OpMaskedEqual: "&",
		seccomp.Op(42):        "op(42)",
	} {
		c.Check(op.String(), check.Equals, text)
	}
}

func (s *parseSuite) TestUsersAndGroups(c *check.C) {
	for _, t := range []struct {
		token string
		id    uint64
	}{
		{"u:root", 0}, {"u:nobody", 65534}, {"u:snap_daemon", 584788},
		{"g:root", 0}, {"g:nobody", 65534}, {"g:nogroup", 65534}, {"g:snap_daemon", 584788},
	} {
		rs, err := seccomp.Parse("setuid " + t.token)
		c.Assert(err, check.IsNil, check.Commentf(t.token))
		c.Check(rs.Rules[0].Args[0].Value, check.Equals, t.id, check.Commentf(t.token))
	}
}

// constantValues are the values of the named constants, from the Linux
// UAPI headers (6.1, x86_64).
var constantValues = []struct {
	name  string
	value uint64
}{
	{"AF_UNSPEC", 0x0},
	{"AF_UNIX", 0x1},
	{"AF_LOCAL", 0x1},
	{"AF_INET", 0x2},
	{"AF_AX25", 0x3},
	{"AF_IPX", 0x4},
	{"AF_APPLETALK", 0x5},
	{"AF_NETROM", 0x6},
	{"AF_BRIDGE", 0x7},
	{"AF_ATMPVC", 0x8},
	{"AF_X25", 0x9},
	{"AF_INET6", 0xa},
	{"AF_ROSE", 0xb},
	{"AF_NETBEUI", 0xd},
	{"AF_SECURITY", 0xe},
	{"AF_KEY", 0xf},
	{"AF_NETLINK", 0x10},
	{"AF_ROUTE", 0x10},
	{"AF_PACKET", 0x11},
	{"AF_ASH", 0x12},
	{"AF_ECONET", 0x13},
	{"AF_ATMSVC", 0x14},
	{"AF_RDS", 0x15},
	{"AF_SNA", 0x16},
	{"AF_IRDA", 0x17},
	{"AF_PPPOX", 0x18},
	{"AF_WANPIPE", 0x19},
	{"AF_LLC", 0x1a},
	{"AF_IB", 0x1b},
	{"AF_MPLS", 0x1c},
	{"AF_CAN", 0x1d},
	{"AF_TIPC", 0x1e},
	{"AF_BLUETOOTH", 0x1f},
	{"AF_IUCV", 0x20},
	{"AF_RXRPC", 0x21},
	{"AF_ISDN", 0x22},
	{"AF_PHONET", 0x23},
	{"AF_IEEE802154", 0x24},
	{"AF_CAIF", 0x25},
	{"AF_ALG", 0x26},
	{"AF_NFC", 0x27},
	{"AF_VSOCK", 0x28},
	{"AF_KCM", 0x29},
	{"AF_QIPCRTR", 0x2a},
	{"AF_SMC", 0x2b},
	{"AF_XDP", 0x2c},
	{"AF_MCTP", 0x2d},
	{"SOCK_STREAM", 0x1},
	{"SOCK_DGRAM", 0x2},
	{"SOCK_RAW", 0x3},
	{"SOCK_RDM", 0x4},
	{"SOCK_SEQPACKET", 0x5},
	{"SOCK_DCCP", 0x6},
	{"SOCK_PACKET", 0xa},
	{"SOCK_NONBLOCK", 0x800},
	{"SOCK_CLOEXEC", 0x80000},
	{"NETLINK_ROUTE", 0x0},
	{"NETLINK_UNUSED", 0x1},
	{"NETLINK_USERSOCK", 0x2},
	{"NETLINK_FIREWALL", 0x3},
	{"NETLINK_SOCK_DIAG", 0x4},
	{"NETLINK_INET_DIAG", 0x4},
	{"NETLINK_NFLOG", 0x5},
	{"NETLINK_XFRM", 0x6},
	{"NETLINK_SELINUX", 0x7},
	{"NETLINK_ISCSI", 0x8},
	{"NETLINK_AUDIT", 0x9},
	{"NETLINK_FIB_LOOKUP", 0xa},
	{"NETLINK_CONNECTOR", 0xb},
	{"NETLINK_NETFILTER", 0xc},
	{"NETLINK_IP6_FW", 0xd},
	{"NETLINK_DNRTMSG", 0xe},
	{"NETLINK_KOBJECT_UEVENT", 0xf},
	{"NETLINK_GENERIC", 0x10},
	{"NETLINK_SCSITRANSPORT", 0x12},
	{"NETLINK_ECRYPTFS", 0x13},
	{"NETLINK_RDMA", 0x14},
	{"NETLINK_CRYPTO", 0x15},
	{"NETLINK_SMC", 0x16},
	{"CLONE_NEWTIME", 0x80},
	{"CLONE_VM", 0x100},
	{"CLONE_FS", 0x200},
	{"CLONE_FILES", 0x400},
	{"CLONE_SIGHAND", 0x800},
	{"CLONE_PIDFD", 0x1000},
	{"CLONE_PTRACE", 0x2000},
	{"CLONE_VFORK", 0x4000},
	{"CLONE_PARENT", 0x8000},
	{"CLONE_THREAD", 0x10000},
	{"CLONE_NEWNS", 0x20000},
	{"CLONE_SYSVSEM", 0x40000},
	{"CLONE_SETTLS", 0x80000},
	{"CLONE_PARENT_SETTID", 0x100000},
	{"CLONE_CHILD_CLEARTID", 0x200000},
	{"CLONE_DETACHED", 0x400000},
	{"CLONE_UNTRACED", 0x800000},
	{"CLONE_CHILD_SETTID", 0x1000000},
	{"CLONE_NEWCGROUP", 0x2000000},
	{"CLONE_NEWUTS", 0x4000000},
	{"CLONE_NEWIPC", 0x8000000},
	{"CLONE_NEWUSER", 0x10000000},
	{"CLONE_NEWPID", 0x20000000},
	{"CLONE_NEWNET", 0x40000000},
	{"CLONE_IO", 0x80000000},
	{"PR_SET_PDEATHSIG", 0x1},
	{"PR_GET_PDEATHSIG", 0x2},
	{"PR_GET_DUMPABLE", 0x3},
	{"PR_SET_DUMPABLE", 0x4},
	{"PR_GET_KEEPCAPS", 0x7},
	{"PR_SET_KEEPCAPS", 0x8},
	{"PR_SET_NAME", 0xf},
	{"PR_GET_NAME", 0x10},
	{"PR_GET_SECCOMP", 0x15},
	{"PR_SET_SECCOMP", 0x16},
	{"PR_CAPBSET_READ", 0x17},
	{"PR_CAPBSET_DROP", 0x18},
	{"PR_GET_SECUREBITS", 0x1b},
	{"PR_SET_SECUREBITS", 0x1c},
	{"PR_SET_TIMERSLACK", 0x1d},
	{"PR_GET_TIMERSLACK", 0x1e},
	{"PR_SET_MM", 0x23},
	{"PR_SET_CHILD_SUBREAPER", 0x24},
	{"PR_GET_CHILD_SUBREAPER", 0x25},
	{"PR_SET_NO_NEW_PRIVS", 0x26},
	{"PR_GET_NO_NEW_PRIVS", 0x27},
	{"PR_SET_THP_DISABLE", 0x29},
	{"PR_GET_THP_DISABLE", 0x2a},
	{"PR_CAP_AMBIENT", 0x2f},
	{"PR_GET_SPECULATION_CTRL", 0x34},
	{"PR_SET_SPECULATION_CTRL", 0x35},
	{"PR_SET_IO_FLUSHER", 0x39},
	{"PR_GET_IO_FLUSHER", 0x3a},
	{"PR_SET_SYSCALL_USER_DISPATCH", 0x3b},
	{"PR_SCHED_CORE", 0x3e},
	{"PR_SET_VMA", 0x53564d41},
	{"PR_SET_PTRACER", 0x59616d61},
	{"PTRACE_TRACEME", 0x0},
	{"PTRACE_PEEKTEXT", 0x1},
	{"PTRACE_PEEKDATA", 0x2},
	{"PTRACE_PEEKUSR", 0x3},
	{"PTRACE_POKETEXT", 0x4},
	{"PTRACE_POKEDATA", 0x5},
	{"PTRACE_POKEUSR", 0x6},
	{"PTRACE_CONT", 0x7},
	{"PTRACE_KILL", 0x8},
	{"PTRACE_SINGLESTEP", 0x9},
	{"PTRACE_ATTACH", 0x10},
	{"PTRACE_DETACH", 0x11},
	{"PTRACE_SYSCALL", 0x18},
	{"PTRACE_SETOPTIONS", 0x4200},
	{"PTRACE_GETEVENTMSG", 0x4201},
	{"PTRACE_GETSIGINFO", 0x4202},
	{"PTRACE_SETSIGINFO", 0x4203},
	{"PTRACE_GETREGSET", 0x4204},
	{"PTRACE_SETREGSET", 0x4205},
	{"PTRACE_SEIZE", 0x4206},
	{"PTRACE_INTERRUPT", 0x4207},
	{"PTRACE_LISTEN", 0x4208},
	{"PTRACE_PEEKSIGINFO", 0x4209},
	{"PTRACE_GETSIGMASK", 0x420a},
	{"PTRACE_SETSIGMASK", 0x420b},
	{"PTRACE_SECCOMP_GET_FILTER", 0x420c},
	{"PTRACE_SECCOMP_GET_METADATA", 0x420d},
	{"PTRACE_GET_SYSCALL_INFO", 0x420e},
	{"TCGETS", 0x5401},
	{"TCSETS", 0x5402},
	{"TCSETSW", 0x5403},
	{"TCSETSF", 0x5404},
	{"TIOCEXCL", 0x540c},
	{"TIOCNXCL", 0x540d},
	{"TIOCSCTTY", 0x540e},
	{"TIOCGPGRP", 0x540f},
	{"TIOCSPGRP", 0x5410},
	{"TIOCOUTQ", 0x5411},
	{"TIOCSTI", 0x5412},
	{"TIOCGWINSZ", 0x5413},
	{"TIOCSWINSZ", 0x5414},
	{"TIOCMGET", 0x5415},
	{"TIOCMSET", 0x5418},
	{"FIONREAD", 0x541b},
	{"TIOCLINUX", 0x541c},
	{"TIOCCONS", 0x541d},
	{"TIOCNOTTY", 0x5422},
	{"TIOCSETD", 0x5423},
	{"TIOCGETD", 0x5424},
	{"TIOCGPTN", 0x80045430},
	{"TIOCSPTLCK", 0x40045431},
	{"TIOCGPTPEER", 0x5441},
	{"TIOCSIG", 0x40045436},
	{"TIOCVHANGUP", 0x5437},
	{"FIONBIO", 0x5421},
	{"FIOCLEX", 0x5451},
	{"FIONCLEX", 0x5450},
	{"SOL_IP", 0x0},
	{"SOL_SOCKET", 0x1},
	{"SOL_TCP", 0x6},
	{"SOL_UDP", 0x11},
	{"SOL_IPV6", 0x29},
	{"SOL_RAW", 0xff},
	{"SOL_PACKET", 0x107},
	{"SOL_NETLINK", 0x10e},
	{"SOL_ALG", 0x117},
	{"SO_DEBUG", 0x1},
	{"SO_REUSEADDR", 0x2},
	{"SO_TYPE", 0x3},
	{"SO_ERROR", 0x4},
	{"SO_DONTROUTE", 0x5},
	{"SO_BROADCAST", 0x6},
	{"SO_SNDBUF", 0x7},
	{"SO_RCVBUF", 0x8},
	{"SO_KEEPALIVE", 0x9},
	{"SO_OOBINLINE", 0xa},
	{"SO_PRIORITY", 0xc},
	{"SO_LINGER", 0xd},
	{"SO_REUSEPORT", 0xf},
	{"SO_PASSCRED", 0x10},
	{"SO_PEERCRED", 0x11},
	{"SO_BINDTODEVICE", 0x19},
	{"SO_ATTACH_FILTER", 0x1a},
	{"SO_DETACH_FILTER", 0x1b},
	{"SO_PEERSEC", 0x1f},
	{"SO_SNDBUFFORCE", 0x20},
	{"SO_RCVBUFFORCE", 0x21},
	{"SO_PASSSEC", 0x22},
	{"SO_MARK", 0x24},
	{"IPPROTO_IP", 0x0},
	{"IPPROTO_ICMP", 0x1},
	{"IPPROTO_TCP", 0x6},
	{"IPPROTO_UDP", 0x11},
	{"IPPROTO_IPV6", 0x29},
	{"IPPROTO_ICMPV6", 0x3a},
	{"IPPROTO_SCTP", 0x84},
	{"IPPROTO_RAW", 0xff},
	{"S_IFIFO", 0x1000},
	{"S_IFCHR", 0x2000},
	{"S_IFDIR", 0x4000},
	{"S_IFBLK", 0x6000},
	{"S_IFREG", 0x8000},
	{"S_IFLNK", 0xa000},
	{"S_IFSOCK", 0xc000},
	{"S_IFMT", 0xf000},
	{"S_ISUID", 0x800},
	{"S_ISGID", 0x400},
	{"S_ISVTX", 0x200},
	{"O_CREAT", 0x40},
	{"O_EXCL", 0x80},
	{"O_NOTIFICATION_PIPE", 0x80},
	{"__O_TMPFILE", 0x400000},
	{"PRIO_PROCESS", 0},
	{"PRIO_PGRP", 1},
	{"PRIO_USER", 2},
	{"IOPRIO_WHO_PROCESS", 1},
	{"IOPRIO_WHO_PGRP", 2},
	{"IOPRIO_WHO_USER", 3},
	{"KCMP_FILE", 0},
	{"KCMP_VM", 1},
	{"KCMP_FILES", 2},
	{"KCMP_FS", 3},
	{"KCMP_SIGHAND", 4},
	{"KCMP_IO", 5},
	{"KCMP_SYSVSEM", 6},
	{"KCMP_EPOLL_TFD", 7},
	{"SYSLOG_ACTION_CLOSE", 0},
	{"SYSLOG_ACTION_OPEN", 1},
	{"SYSLOG_ACTION_READ", 2},
	{"SYSLOG_ACTION_READ_ALL", 3},
	{"SYSLOG_ACTION_READ_CLEAR", 4},
	{"SYSLOG_ACTION_CLEAR", 5},
	{"SYSLOG_ACTION_CONSOLE_OFF", 6},
	{"SYSLOG_ACTION_CONSOLE_ON", 7},
	{"SYSLOG_ACTION_CONSOLE_LEVEL", 8},
	{"SYSLOG_ACTION_SIZE_UNREAD", 9},
	{"SYSLOG_ACTION_SIZE_BUFFER", 10},
}

func (s *parseSuite) TestConstants(c *check.C) {
	tested := make(map[string]bool)
	for _, t := range constantValues {
		names := []string{t.name}
		if rest, ok := strings.CutPrefix(t.name, "AF_"); ok {
			names = append(names, "PF_"+rest)
		}
		for _, name := range names {
			tested[name] = true
			rs, err := seccomp.Parse("x " + name)
			c.Assert(err, check.IsNil, check.Commentf(name))
			c.Check(rs.Rules[0].Args[0].Value, check.Equals, t.value, check.Commentf(name))
		}
	}
	for _, name := range seccomp.ConstantNames() {
		c.Check(tested[name], check.Equals, true, check.Commentf("constant %s has no row in constantValues", name))
	}
}

func (s *parseSuite) TestGenericOnlyConstants(c *check.C) {
	for name, genericOnly := range map[string]bool{
		"TIOCSTI": true, "FIONREAD": true, "SOCK_NONBLOCK": true, "SOCK_STREAM": true, "SOL_SOCKET": true, "SO_PEERCRED": true,
		"O_CREAT": true, "__O_TMPFILE": true, "O_NOTIFICATION_PIPE": true,
		"AF_INET": false, "PF_INET": false, "NETLINK_AUDIT": false, "CLONE_NEWUSER": false, "PR_SET_NAME": false, "PTRACE_ATTACH": false, "S_IFIFO": false,
		"S_ISUID": false, "PRIO_PROCESS": false, "KCMP_FILE": false, "SYSLOG_ACTION_READ": false,
	} {
		rs, err := seccomp.Parse("x " + name)
		c.Assert(err, check.IsNil)
		c.Check(rs.Rules[0].Args[0].GenericOnly, check.Equals, genericOnly, check.Commentf(name))
	}
}

// TestFieldsAsStringsFields checks that lines split as strings.Fields
// splits them, whatever the spaces.
func (s *parseSuite) TestFieldsAsStringsFields(c *check.C) {
	for _, line := range []string{
		"read", "\tread\t", "setgroups\v0\f-\r", "read\u00a0", "\u0085read", "read\u2003# comment\u00a0x",
		"prctl 1 2 3 4 5 6", "  ~ioctl   -   TIOCSTI  ",
	} {
		rs, err := seccomp.Parse(line)
		c.Assert(err, check.IsNil, check.Commentf("%q", line))
		c.Assert(rs.Rules, check.HasLen, 1, check.Commentf("%q", line))
		code := line
		if i := strings.IndexByte(code, '#'); i >= 0 {
			code = code[:i]
		}
		fields := strings.Fields(strings.TrimPrefix(strings.Fields(code)[0], "~"))
		c.Check(rs.Rules[0].Syscall, check.Equals, fields[0], check.Commentf("%q", line))
		c.Check(rs.Rules[0].Args, check.HasLen, len(strings.Fields(code))-1, check.Commentf("%q", line))
	}
}

// TestMaskedValues checks "|" expressions and masks: the generic flag
// of any part carries over to the whole.
func (s *parseSuite) TestMaskedValues(c *check.C) {
	for _, t := range []struct {
		token       string
		want        seccomp.Arg
		genericOnly bool
	}{
		{"S_ISUID|S_ISGID", seccomp.Arg{Op: seccomp.OpEqual, Value: 0xc00, Name: "S_ISUID|S_ISGID"}, false},
		{"1|2|0x10", seccomp.Arg{Op: seccomp.OpEqual, Value: 0x13, Name: "1|2|0x10"}, false},
		{"|S_ISUID|O_CREAT", seccomp.Arg{Op: seccomp.OpMaskedAll, Value: 0x840, Name: "S_ISUID|O_CREAT", GenericOnly: true}, true},
		{"&255=O_CREAT", seccomp.Arg{Op: seccomp.OpMaskedEqual, Mask: 0xff, Value: 0x40, Name: "O_CREAT", GenericOnly: true}, true},
		{"&__O_TMPFILE=0", seccomp.Arg{Op: seccomp.OpMaskedEqual, Mask: 0x400000, MaskName: "__O_TMPFILE", GenericOnly: true}, true},
		{"-1", seccomp.Arg{Op: seccomp.OpMaskedEqual, Mask: 0xffffffff, Value: 0xffffffff, Name: "-1"}, false},
	} {
		rs, err := seccomp.Parse("x " + t.token)
		c.Assert(err, check.IsNil, check.Commentf(t.token))
		c.Check(rs.Rules[0].Args[0], check.DeepEquals, t.want, check.Commentf(t.token))
		c.Check(rs.Rules[0].Args[0].String(), check.Equals, t.token, check.Commentf(t.token))
	}
}
