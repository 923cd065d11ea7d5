// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package grants

import (
	"fmt"
	"strings"
)

// The argument values a syscall is evaluated with. A syscall without a
// row is evaluated once, with every argument 0. A row lists the
// argument values policies compare, and values on either side of each
// comparison, so that a rule that grants more or less shows; the test
// of the catalogue checks that every conditional rule of every
// interface is matched by one probe of its syscall and missed by
// another (Uncovered). The values are those of the Linux UAPI headers.

// value is an argument value and how a report shows it.
type value struct {
	v    uint64
	text string
}

// probe is one set of arguments, shown as label.
type probe struct {
	args  []uint64
	label string
}

func num(v uint64) value             { return value{v, fmt.Sprint(v)} }
func hex(v uint64) value             { return value{v, fmt.Sprintf("%#x", v)} }
func oct(v uint64) value             { return value{v, fmt.Sprintf("0%o", v)} }
func named(s string, v uint64) value { return value{v, s} }

// nums returns the values of numbers.
func nums(vs ...uint64) []value {
	out := make([]value, len(vs))
	for i, v := range vs {
		out[i] = num(v)
	}
	return out
}

// cross returns a probe for every combination of the values of each
// argument, the first argument varying slowest.
func cross(args ...[]value) []probe {
	probes := []probe{{}}
	for _, values := range args {
		var next []probe
		for _, p := range probes {
			for _, v := range values {
				label := v.text
				if p.label != "" {
					label = p.label + ", " + v.text
				}
				next = append(next, probe{args: append(append([]uint64(nil), p.args...), v.v), label: label})
			}
		}
		probes = next
	}
	return probes
}

// join concatenates probe lists.
func join(lists ...[]probe) []probe {
	var out []probe
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// Values shared by several syscalls.
var (
	zero    = []value{num(0)}
	anyFd   = []value{num(3)}
	atFdcwd = []value{named("AT_FDCWD", 0xffffffffffffff9c)}
	path    = []value{named("path", 0x1000)}
	// ids: root, a user, snap_daemon, the overflow id, and -1 as C
	// (zero-extended) and Go (sign-extended) pass it.
	ids = []value{num(0), num(1000), named("snap_daemon", 584788), num(65534), named("-1", 0xffffffff), named("-1/64", 0xffffffffffffffff)}
	// fewIds keeps calls of three ids to a reasonable number of probes.
	fewIds = []value{num(0), num(1000), named("snap_daemon", 584788), named("-1", 0xffffffff)}
	// pids: the caller (0), another process, and the caller's group
	// written as -1.
	pids = []value{num(0), num(1234)}
	// modes: plain, and with the set-id and sticky bits.
	modes = []value{oct(0o644), oct(0o755), oct(0o4755), oct(0o2755), oct(0o6755), oct(0o1777)}
	// open flags: reading, creating, creating exclusively, and an
	// unnamed temporary file (O_TMPFILE|O_RDWR).
	openFlags = []value{named("O_RDONLY", 0), named("O_WRONLY|O_CREAT", 0x41), named("O_RDWR|O_CREAT|O_EXCL", 0xc2), named("O_RDWR|O_TMPFILE", 0x410002)}
	openModes = []value{oct(0o644), oct(0o4755), oct(0o2755)}
	// file types and set-id bits of mknod.
	mknodModes = []value{
		named("0644", 0o644), named("S_IFIFO|0644", 0x1000|0o644), named("S_IFCHR|0644", 0x2000|0o644), named("S_IFBLK|0644", 0x6000|0o644),
		named("S_IFREG|0644", 0x8000|0o644), named("S_IFSOCK|0644", 0xc000|0o644), named("S_IFIFO|S_ISUID|0644", 0x1000|0o4644),
		named("S_IFREG|S_ISUID|0755", 0x8000|0o4755), named("S_IFCHR|S_ISGID|0644", 0x2000|0o2644),
	}
	// device numbers of character devices for mknod, as the kernel
	// takes them (major in bits 8 to 19, the minor's low byte below,
	// its high bits above): memory, the NVIDIA driver's major and DRI's,
	// and majors at the edges of the kernel's dynamic ranges (234-254,
	// 384-511).
	mknodDevs = []value{
		named("1:1", 0x101), named("195:0", 0xc300), named("195:255", 0xc3ff), named("195:256", 0x10c300), named("226:0", 0xe200),
		named("233:0", 0xe900), named("234:0", 0xea00), named("239:0", 0xef00), named("247:0", 0xf700), named("251:0", 0xfb00), named("253:0", 0xfd00),
		named("254:0", 0xfe00), named("255:0", 0xff00), named("383:0", 0x17f00), named("384:0", 0x18000), named("511:0", 0x1ff00),
		named("512:0", 0x20000),
	}
	// namespace flags of clone, unshare and setns.
	namespaces = []value{
		num(0), named("CLONE_NEWNS", 0x20000), named("CLONE_NEWCGROUP", 0x2000000), named("CLONE_NEWUTS", 0x4000000),
		named("CLONE_NEWIPC", 0x8000000), named("CLONE_NEWUSER", 0x10000000), named("CLONE_NEWPID", 0x20000000),
		named("CLONE_NEWNET", 0x40000000), named("CLONE_NEWTIME", 0x80), named("CLONE_NEWUSER|CLONE_NEWNS", 0x10020000),
		named("CLONE_FILES", 0x400), named("CLONE_FS", 0x200),
	}
	// quotactl commands, QCMD(cmd, type): reading and changing quotas
	// of users, groups and projects, VFS and XFS, and the sign-extended
	// form a caller may pass.
	quotaCmds = []value{
		named("Q_SYNC", 0x80000100), named("Q_QUOTAON", 0x80000200), named("Q_QUOTAOFF", 0x80000300),
		named("Q_GETFMT", 0x80000400), named("Q_GETINFO", 0x80000500), named("Q_SETINFO", 0x80000600),
		named("Q_GETQUOTA", 0x80000700), named("Q_GETQUOTA/grp", 0x80000701), named("Q_GETQUOTA/prj", 0x80000702),
		named("Q_GETQUOTA/64", 0xffffffff80000700), named("Q_SETQUOTA", 0x80000800), named("Q_GETNEXTQUOTA", 0x80000900),
		named("Q_XQUOTAON", 0x580100), named("Q_XGETQUOTA", 0x580300), named("Q_XSETQLIM", 0x580400),
		named("Q_XGETQSTAT", 0x580500), named("Q_XQUOTARM", 0x580600), named("Q_XGETQSTATV", 0x580800),
		named("Q_XGETNEXTQUOTA", 0x580900),
	}
)

// clockIDs are clock ids of the POSIX clock calls: the system's clocks
// (CLOCK_REALTIME, CLOCK_THREAD_CPUTIME_ID and CLOCK_TAI, whose low bits
// are a descriptor clock's), the CPU clock of process 1234, and the
// clock of an open PHC node (FD_TO_CLOCKID(3)) as C (zero-extended) and
// Go (sign-extended) pass it.
var clockIDs = []value{
	named("CLOCK_REALTIME", 0), named("CLOCK_THREAD_CPUTIME_ID", 3), named("CLOCK_TAI", 11),
	named("CPUCLOCK_SCHED(1234)", 0xffffd96a), named("FD_TO_CLOCKID(3)", 0xffffffe3), named("FD_TO_CLOCKID(3)/64", 0xffffffffffffffe3),
}

// mqOpenFlags are mq_open's: opening for reading, writing or both, and
// creating.
var mqOpenFlags = []value{
	named("O_RDONLY", 0), named("O_WRONLY", 1), named("O_RDWR", 2),
	named("O_RDONLY|O_CREAT", 0x40), named("O_WRONLY|O_CREAT", 0x41), named("O_RDWR|O_CREAT|O_EXCL", 0xc2),
}

// addressFamilies names the address families 0 to 45.
var addressFamilies = []string{
	"AF_UNSPEC", "AF_UNIX", "AF_INET", "AF_AX25", "AF_IPX", "AF_APPLETALK", "AF_NETROM", "AF_BRIDGE",
	"AF_ATMPVC", "AF_X25", "AF_INET6", "AF_ROSE", "AF_DECnet", "AF_NETBEUI", "AF_SECURITY", "AF_KEY",
	"AF_NETLINK", "AF_PACKET", "AF_ASH", "AF_ECONET", "AF_ATMSVC", "AF_RDS", "AF_SNA", "AF_IRDA",
	"AF_PPPOX", "AF_WANPIPE", "AF_LLC", "AF_IB", "AF_MPLS", "AF_CAN", "AF_TIPC", "AF_BLUETOOTH",
	"AF_IUCV", "AF_RXRPC", "AF_ISDN", "AF_PHONET", "AF_IEEE802154", "AF_CAIF", "AF_ALG", "AF_NFC",
	"AF_VSOCK", "AF_KCM", "AF_QIPCRTR", "AF_SMC", "AF_XDP", "AF_MCTP",
}

// netlinkProtocols names the netlink protocols 0 to 23.
var netlinkProtocols = []string{
	"NETLINK_ROUTE", "NETLINK_UNUSED", "NETLINK_USERSOCK", "NETLINK_FIREWALL", "NETLINK_SOCK_DIAG",
	"NETLINK_NFLOG", "NETLINK_XFRM", "NETLINK_SELINUX", "NETLINK_ISCSI", "NETLINK_AUDIT",
	"NETLINK_FIB_LOOKUP", "NETLINK_CONNECTOR", "NETLINK_NETFILTER", "NETLINK_IP6_FW", "NETLINK_DNRTMSG",
	"NETLINK_KOBJECT_UEVENT", "NETLINK_GENERIC", "17", "NETLINK_SCSITRANSPORT", "NETLINK_ECRYPTFS",
	"NETLINK_RDMA", "NETLINK_CRYPTO", "NETLINK_SMC", "23",
}

// socketProbes are socket's: every family as a stream socket (netlink
// as a raw one, with every protocol), and a few families with other
// types and protocols.
func socketProbes() []probe {
	var probes []probe
	for family, name := range addressFamilies {
		if name == "AF_NETLINK" {
			for proto, pname := range netlinkProtocols {
				probes = append(probes, cross([]value{named(name, uint64(family))}, []value{named("SOCK_RAW", 3)}, []value{named(pname, uint64(proto))})...)
			}
			continue
		}
		probes = append(probes, cross([]value{named(name, uint64(family))}, []value{named("SOCK_STREAM", 1)}, zero)...)
	}
	return join(probes,
		cross([]value{named("AF_INET", 2)}, []value{named("SOCK_RAW", 3)}, []value{named("IPPROTO_ICMP", 1)}),
		cross([]value{named("AF_INET6", 10)}, []value{named("SOCK_DGRAM|SOCK_CLOEXEC", 0x80002)}, zero),
		cross([]value{named("AF_PACKET", 17)}, []value{named("SOCK_RAW", 3)}, []value{named("ETH_P_ALL", 0x300)}),
	)
}

// ioctlRequests are terminal requests, the two that type into a
// terminal, one with the upper bits set, and a device's.
var ioctlRequests = []value{
	named("TCGETS", 0x5401), named("TCSETS", 0x5402), named("TIOCSCTTY", 0x540e), named("TIOCSTI", 0x5412),
	named("TIOCLINUX", 0x541c), named("FIONREAD", 0x541b), named("TIOCSTI/64", 1<<32|0x5412),
	named("TIOCLINUX/64", 1<<32|0x541c), named("DRM_IOCTL_VERSION", 0xc0406400),
}

// ptraceRequests are reading, writing and controlling requests,
// PTRACE_GETREGS to PTRACE_GETFPXREGS being x86's numbers.
var ptraceRequests = []value{
	named("PTRACE_TRACEME", 0), named("PTRACE_PEEKTEXT", 1), named("PTRACE_PEEKDATA", 2), named("PTRACE_PEEKUSR", 3),
	named("PTRACE_POKETEXT", 4), named("PTRACE_POKEDATA", 5), named("PTRACE_POKEUSR", 6), named("PTRACE_CONT", 7),
	named("PTRACE_KILL", 8), named("PTRACE_SINGLESTEP", 9), named("PTRACE_GETREGS", 12), named("PTRACE_SETREGS", 13),
	named("PTRACE_GETFPREGS", 14), named("PTRACE_SETFPREGS", 15), named("PTRACE_ATTACH", 16), named("PTRACE_DETACH", 17),
	named("PTRACE_GETFPXREGS", 18), named("PTRACE_SYSCALL", 24), named("PTRACE_SETOPTIONS", 0x4200),
	named("PTRACE_GETSIGINFO", 0x4202), named("PTRACE_GETREGSET", 0x4204), named("PTRACE_SETREGSET", 0x4205),
	named("PTRACE_SEIZE", 0x4206), named("PTRACE_INTERRUPT", 0x4207),
}

// syslogActions are syslog's actions 0 to 10, one past, and -1.
func syslogActions() []value {
	names := []string{"CLOSE", "OPEN", "READ", "READ_ALL", "READ_CLEAR", "CLEAR", "CONSOLE_OFF", "CONSOLE_ON", "CONSOLE_LEVEL", "SIZE_UNREAD", "SIZE_BUFFER"}
	var out []value
	for i, n := range names {
		out = append(out, named("SYSLOG_ACTION_"+n, uint64(i)))
	}
	return append(out, num(11), named("-1", 0xffffffff))
}

// probeTable holds the probes of the syscalls that have some; a
// syscall's 32-bit variant (chown32, setuid32) takes its probes.
var probeTable = func() map[string][]probe {
	ids2 := cross(fewIds, fewIds)
	t := map[string][]probe{
		"socket":     socketProbes(),
		"socketpair": cross([]value{named("AF_UNIX", 1), named("AF_INET", 2), named("AF_NETLINK", 16)}, []value{named("SOCK_STREAM", 1)}, zero),
		"ioctl":      cross(anyFd, ioctlRequests),
		"ptrace":     cross(ptraceRequests, []value{num(1234)}),
		"syslog":     cross(syslogActions()),

		"setuid":    cross(ids),
		"setgid":    cross(ids),
		"setfsuid":  cross(ids),
		"setfsgid":  cross(ids),
		"setreuid":  ids2,
		"setregid":  ids2,
		"setresuid": cross(fewIds, fewIds, fewIds),
		"setresgid": cross(fewIds, fewIds, fewIds),
		"setgroups": cross([]value{num(0), num(1), num(2)}, []value{named("NULL", 0), named("list", 0x1000)}),

		"chown":    cross(path, ids, ids),
		"lchown":   cross(path, ids, ids),
		"fchown":   cross(anyFd, ids, ids),
		"fchownat": join(cross(atFdcwd, path, ids, ids, zero), cross(anyFd, []value{named(`""`, 0x1000)}, fewIds, fewIds, []value{named("AT_EMPTY_PATH", 0x1000)})),

		"chmod":     cross(path, modes),
		"fchmod":    cross(anyFd, modes),
		"fchmodat":  cross(atFdcwd, path, modes),
		"fchmodat2": cross(atFdcwd, path, modes, []value{num(0), named("AT_SYMLINK_NOFOLLOW", 0x100)}),
		"creat":     cross(path, modes),
		"open":      cross(path, openFlags, openModes),
		"openat":    cross(atFdcwd, path, openFlags, openModes),
		"mknod":     join(cross(path, mknodModes), cross(path, []value{named("S_IFCHR|0666", 0x2000|0o666)}, mknodDevs)),
		"mknodat":   join(cross(atFdcwd, path, mknodModes), cross(atFdcwd, path, []value{named("S_IFCHR|0666", 0x2000|0o666)}, mknodDevs)),
		"pipe2": cross([]value{named("fds", 0x1000)}, []value{
			num(0), named("O_CLOEXEC", 0x80000), named("O_NONBLOCK", 0x800), named("O_DIRECT", 0x4000), named("O_NOTIFICATION_PIPE", 0x80),
		}),

		"setpriority": cross(
			[]value{named("PRIO_PROCESS", 0), named("PRIO_PGRP", 1), named("PRIO_USER", 2)}, pids,
			[]value{num(0), num(10), num(19), num(20), named("-5", 0xfffffffffffffffb)}),
		"nice":               cross([]value{num(0), num(5), num(19), named("-5", 0xfffffffffffffffb)}),
		"sched_setaffinity":  cross(pids, []value{num(8)}, []value{named("mask", 0x1000)}),
		"sched_setparam":     cross(pids, []value{named("param", 0x1000)}),
		"sched_setscheduler": cross(pids, []value{named("SCHED_OTHER", 0), named("SCHED_FIFO", 1), named("SCHED_IDLE", 5)}),
		"sched_setattr":      cross(pids, []value{named("attr", 0x1000)}, zero),
		"ioprio_set":         cross([]value{named("IOPRIO_WHO_PROCESS", 1), named("IOPRIO_WHO_PGRP", 2), named("IOPRIO_WHO_USER", 3)}, pids, []value{named("IOPRIO_CLASS_IDLE", 3<<13)}),
		"kcmp": cross(pids, []value{num(1235)}, []value{
			named("KCMP_FILE", 0), named("KCMP_VM", 1), named("KCMP_FILES", 2), named("KCMP_FS", 3), named("KCMP_SIGHAND", 4),
			named("KCMP_IO", 5), named("KCMP_SYSVSEM", 6), named("KCMP_EPOLL_TFD", 7),
		}),

		"clone":       cross(namespaces),
		"unshare":     cross(namespaces),
		"setns":       cross(anyFd, namespaces),
		"quotactl":    cross(quotaCmds, []value{named("dev", 0x1000)}),
		"quotactl_fd": cross(anyFd, quotaCmds),
		"prctl": cross([]value{
			named("PR_SET_PDEATHSIG", 1), named("PR_SET_DUMPABLE", 4), named("PR_SET_NAME", 15), named("PR_SET_SECCOMP", 22),
			named("PR_CAPBSET_DROP", 24), named("PR_SET_MM", 35), named("PR_SET_NO_NEW_PRIVS", 38), named("PR_CAP_AMBIENT", 47),
		}),
		"personality":     cross([]value{num(0), named("PER_LINUX32", 8), named("ADDR_NO_RANDOMIZE", 0x40000), named("0xffffffff", 0xffffffff)}),
		"copy_file_range": cross(anyFd, zero, anyFd, zero, []value{num(4096)}, []value{num(0), num(1)}),

		"clock_adjtime":   cross(clockIDs, []value{named("tx", 0x1000)}),
		"clock_adjtime64": cross(clockIDs, []value{named("tx", 0x1000)}),
		"clock_settime":   cross(clockIDs, []value{named("tp", 0x1000)}),
		"clock_settime64": cross(clockIDs, []value{named("tp", 0x1000)}),
		"mq_open":         cross([]value{named("name", 0x1000)}, mqOpenFlags, []value{oct(0o600)}, []value{named("NULL", 0)}),
	}
	return t
}()

// probesOf returns the probes of a syscall on an architecture: its row,
// or its 32-bit variant's base name's row, or one probe of zeros.
func probesOf(name string) []probe {
	if p, ok := probeTable[name]; ok {
		return p
	}
	if base, ok := strings.CutSuffix(name, "32"); ok {
		if p, ok := probeTable[base]; ok {
			return p
		}
	}
	return []probe{{}}
}
