// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp

import (
	"sort"
	"strings"
)

// constantGroups are the named constants that policy rules may use as
// argument values, with their values from the Linux UAPI headers, by
// kind. Where a value differs between architectures the table holds the
// asm-generic one, which x86, arm, arm64, riscv64 and s390x share, and
// the group says genericOnly, so that the compiler can refuse the name on
// the architectures (powerpc, mips, sparc, alpha, parisc) where it means
// another number.
var constantGroups = []struct {
	genericOnly bool
	values      map[string]uint64
}{
	{values: addressFamilies},
	{genericOnly: true, values: socketTypes},
	{values: netlinkProtocols},
	{values: cloneFlags},
	{values: prctlOptions},
	{values: ptraceRequests},
	{genericOnly: true, values: ioctlRequests},
	{genericOnly: true, values: socketOptions},
	{values: ipProtocols},
	{values: fileTypes},
	{values: fileModeBits},
	{genericOnly: true, values: openFlags},
	{values: priorityTargets},
	{values: kcmpTypes},
	{values: syslogActions},
}

// Address families, the first argument of socket and socketpair.
// Every AF_ name has a PF_ twin (see constants).
var addressFamilies = map[string]uint64{
	"AF_UNSPEC":     0,
	"AF_UNIX":       1,
	"AF_LOCAL":      1,
	"AF_INET":       2,
	"AF_AX25":       3,
	"AF_IPX":        4,
	"AF_APPLETALK":  5,
	"AF_NETROM":     6,
	"AF_BRIDGE":     7,
	"AF_ATMPVC":     8,
	"AF_X25":        9,
	"AF_INET6":      10,
	"AF_ROSE":       11,
	"AF_NETBEUI":    13,
	"AF_SECURITY":   14,
	"AF_KEY":        15,
	"AF_NETLINK":    16,
	"AF_ROUTE":      16,
	"AF_PACKET":     17,
	"AF_ASH":        18,
	"AF_ECONET":     19,
	"AF_ATMSVC":     20,
	"AF_RDS":        21,
	"AF_SNA":        22,
	"AF_IRDA":       23,
	"AF_PPPOX":      24,
	"AF_WANPIPE":    25,
	"AF_LLC":        26,
	"AF_IB":         27,
	"AF_MPLS":       28,
	"AF_CAN":        29,
	"AF_TIPC":       30,
	"AF_BLUETOOTH":  31,
	"AF_IUCV":       32,
	"AF_RXRPC":      33,
	"AF_ISDN":       34,
	"AF_PHONET":     35,
	"AF_IEEE802154": 36,
	"AF_CAIF":       37,
	"AF_ALG":        38,
	"AF_NFC":        39,
	"AF_VSOCK":      40,
	"AF_KCM":        41,
	"AF_QIPCRTR":    42,
	"AF_SMC":        43,
	"AF_XDP":        44,
	"AF_MCTP":       45,
}

// Socket types, the second argument of socket. Callers often or
// SOCK_NONBLOCK and SOCK_CLOEXEC into the type, which a rule comparing
// the type for equality does not match: rules restrict the family and
// the protocol rather than the type.
var socketTypes = map[string]uint64{
	"SOCK_STREAM":    1,
	"SOCK_DGRAM":     2,
	"SOCK_RAW":       3,
	"SOCK_RDM":       4,
	"SOCK_SEQPACKET": 5,
	"SOCK_DCCP":      6,
	"SOCK_PACKET":    10,
	"SOCK_NONBLOCK":  0x800,
	"SOCK_CLOEXEC":   0x80000,
}

// Netlink protocols, the third argument of socket(AF_NETLINK, ...).
var netlinkProtocols = map[string]uint64{
	"NETLINK_ROUTE":          0,
	"NETLINK_UNUSED":         1,
	"NETLINK_USERSOCK":       2,
	"NETLINK_FIREWALL":       3,
	"NETLINK_SOCK_DIAG":      4,
	"NETLINK_INET_DIAG":      4,
	"NETLINK_NFLOG":          5,
	"NETLINK_XFRM":           6,
	"NETLINK_SELINUX":        7,
	"NETLINK_ISCSI":          8,
	"NETLINK_AUDIT":          9,
	"NETLINK_FIB_LOOKUP":     10,
	"NETLINK_CONNECTOR":      11,
	"NETLINK_NETFILTER":      12,
	"NETLINK_IP6_FW":         13,
	"NETLINK_DNRTMSG":        14,
	"NETLINK_KOBJECT_UEVENT": 15,
	"NETLINK_GENERIC":        16,
	"NETLINK_SCSITRANSPORT":  18,
	"NETLINK_ECRYPTFS":       19,
	"NETLINK_RDMA":           20,
	"NETLINK_CRYPTO":         21,
	"NETLINK_SMC":            22,
}

// Flags of clone, and namespace types of unshare and setns.
var cloneFlags = map[string]uint64{
	"CLONE_NEWTIME":        0x80,
	"CLONE_VM":             0x100,
	"CLONE_FS":             0x200,
	"CLONE_FILES":          0x400,
	"CLONE_SIGHAND":        0x800,
	"CLONE_PIDFD":          0x1000,
	"CLONE_PTRACE":         0x2000,
	"CLONE_VFORK":          0x4000,
	"CLONE_PARENT":         0x8000,
	"CLONE_THREAD":         0x10000,
	"CLONE_NEWNS":          0x20000,
	"CLONE_SYSVSEM":        0x40000,
	"CLONE_SETTLS":         0x80000,
	"CLONE_PARENT_SETTID":  0x100000,
	"CLONE_CHILD_CLEARTID": 0x200000,
	"CLONE_DETACHED":       0x400000,
	"CLONE_UNTRACED":       0x800000,
	"CLONE_CHILD_SETTID":   0x1000000,
	"CLONE_NEWCGROUP":      0x2000000,
	"CLONE_NEWUTS":         0x4000000,
	"CLONE_NEWIPC":         0x8000000,
	"CLONE_NEWUSER":        0x10000000,
	"CLONE_NEWPID":         0x20000000,
	"CLONE_NEWNET":         0x40000000,
	"CLONE_IO":             0x80000000,
}

// Options of prctl, its first argument.
var prctlOptions = map[string]uint64{
	"PR_SET_PDEATHSIG":             1,
	"PR_GET_PDEATHSIG":             2,
	"PR_GET_DUMPABLE":              3,
	"PR_SET_DUMPABLE":              4,
	"PR_GET_KEEPCAPS":              7,
	"PR_SET_KEEPCAPS":              8,
	"PR_SET_NAME":                  15,
	"PR_GET_NAME":                  16,
	"PR_GET_SECCOMP":               21,
	"PR_SET_SECCOMP":               22,
	"PR_CAPBSET_READ":              23,
	"PR_CAPBSET_DROP":              24,
	"PR_GET_SECUREBITS":            27,
	"PR_SET_SECUREBITS":            28,
	"PR_SET_TIMERSLACK":            29,
	"PR_GET_TIMERSLACK":            30,
	"PR_SET_MM":                    35,
	"PR_SET_CHILD_SUBREAPER":       36,
	"PR_GET_CHILD_SUBREAPER":       37,
	"PR_SET_NO_NEW_PRIVS":          38,
	"PR_GET_NO_NEW_PRIVS":          39,
	"PR_SET_THP_DISABLE":           41,
	"PR_GET_THP_DISABLE":           42,
	"PR_CAP_AMBIENT":               47,
	"PR_GET_SPECULATION_CTRL":      52,
	"PR_SET_SPECULATION_CTRL":      53,
	"PR_SET_IO_FLUSHER":            57,
	"PR_GET_IO_FLUSHER":            58,
	"PR_SET_SYSCALL_USER_DISPATCH": 59,
	"PR_SCHED_CORE":                62,
	"PR_SET_VMA":                   0x53564d41,
	"PR_SET_PTRACER":               0x59616d61,
}

// Requests of ptrace, its first argument; the architecture-specific
// register requests (PTRACE_GETREGS, ...) are left out.
var ptraceRequests = map[string]uint64{
	"PTRACE_TRACEME":              0,
	"PTRACE_PEEKTEXT":             1,
	"PTRACE_PEEKDATA":             2,
	"PTRACE_PEEKUSR":              3,
	"PTRACE_POKETEXT":             4,
	"PTRACE_POKEDATA":             5,
	"PTRACE_POKEUSR":              6,
	"PTRACE_CONT":                 7,
	"PTRACE_KILL":                 8,
	"PTRACE_SINGLESTEP":           9,
	"PTRACE_ATTACH":               16,
	"PTRACE_DETACH":               17,
	"PTRACE_SYSCALL":              24,
	"PTRACE_SETOPTIONS":           0x4200,
	"PTRACE_GETEVENTMSG":          0x4201,
	"PTRACE_GETSIGINFO":           0x4202,
	"PTRACE_SETSIGINFO":           0x4203,
	"PTRACE_GETREGSET":            0x4204,
	"PTRACE_SETREGSET":            0x4205,
	"PTRACE_SEIZE":                0x4206,
	"PTRACE_INTERRUPT":            0x4207,
	"PTRACE_LISTEN":               0x4208,
	"PTRACE_PEEKSIGINFO":          0x4209,
	"PTRACE_GETSIGMASK":           0x420a,
	"PTRACE_SETSIGMASK":           0x420b,
	"PTRACE_SECCOMP_GET_FILTER":   0x420c,
	"PTRACE_SECCOMP_GET_METADATA": 0x420d,
	"PTRACE_GET_SYSCALL_INFO":     0x420e,
}

// Terminal and file ioctl requests, the second argument of ioctl.
// TIOCSTI pushes input into a terminal and TIOCLINUX can paste a
// console selection: both let a process type commands into a shell
// it does not own.
var ioctlRequests = map[string]uint64{
	"TCGETS":      0x5401,
	"TCSETS":      0x5402,
	"TCSETSW":     0x5403,
	"TCSETSF":     0x5404,
	"TIOCEXCL":    0x540c,
	"TIOCNXCL":    0x540d,
	"TIOCSCTTY":   0x540e,
	"TIOCGPGRP":   0x540f,
	"TIOCSPGRP":   0x5410,
	"TIOCOUTQ":    0x5411,
	"TIOCSTI":     0x5412,
	"TIOCGWINSZ":  0x5413,
	"TIOCSWINSZ":  0x5414,
	"TIOCMGET":    0x5415,
	"TIOCMSET":    0x5418,
	"FIONREAD":    0x541b,
	"TIOCLINUX":   0x541c,
	"TIOCCONS":    0x541d,
	"FIONBIO":     0x5421,
	"TIOCNOTTY":   0x5422,
	"TIOCSETD":    0x5423,
	"TIOCGETD":    0x5424,
	"TIOCGPTN":    0x80045430,
	"TIOCSPTLCK":  0x40045431,
	"TIOCSIG":     0x40045436,
	"TIOCVHANGUP": 0x5437,
	"TIOCGPTPEER": 0x5441,
	"FIONCLEX":    0x5450,
	"FIOCLEX":     0x5451,
}

// Socket option levels and options, the second and third arguments
// of setsockopt and getsockopt.
var socketOptions = map[string]uint64{
	"SOL_IP":           0,
	"SOL_SOCKET":       1,
	"SOL_TCP":          6,
	"SOL_UDP":          17,
	"SOL_IPV6":         41,
	"SOL_RAW":          255,
	"SOL_PACKET":       263,
	"SOL_NETLINK":      270,
	"SOL_ALG":          279,
	"SO_DEBUG":         1,
	"SO_REUSEADDR":     2,
	"SO_TYPE":          3,
	"SO_ERROR":         4,
	"SO_DONTROUTE":     5,
	"SO_BROADCAST":     6,
	"SO_SNDBUF":        7,
	"SO_RCVBUF":        8,
	"SO_KEEPALIVE":     9,
	"SO_OOBINLINE":     10,
	"SO_PRIORITY":      12,
	"SO_LINGER":        13,
	"SO_REUSEPORT":     15,
	"SO_PASSCRED":      16,
	"SO_PEERCRED":      17,
	"SO_BINDTODEVICE":  25,
	"SO_ATTACH_FILTER": 26,
	"SO_DETACH_FILTER": 27,
	"SO_PEERSEC":       31,
	"SO_SNDBUFFORCE":   32,
	"SO_RCVBUFFORCE":   33,
	"SO_PASSSEC":       34,
	"SO_MARK":          36,
}

// IP protocols, the third argument of socket(AF_INET, ...).
var ipProtocols = map[string]uint64{
	"IPPROTO_IP":     0,
	"IPPROTO_ICMP":   1,
	"IPPROTO_TCP":    6,
	"IPPROTO_UDP":    17,
	"IPPROTO_IPV6":   41,
	"IPPROTO_ICMPV6": 58,
	"IPPROTO_SCTP":   132,
	"IPPROTO_RAW":    255,
}

// File types, in the mode argument of mknod and mknodat; S_IFMT masks
// them.
var fileTypes = map[string]uint64{
	"S_IFMT":   0xf000,
	"S_IFIFO":  0x1000,
	"S_IFCHR":  0x2000,
	"S_IFDIR":  0x4000,
	"S_IFBLK":  0x6000,
	"S_IFREG":  0x8000,
	"S_IFLNK":  0xa000,
	"S_IFSOCK": 0xc000,
}

// Set-id and sticky bits of a file mode (chmod, creat, open, mknod).
var fileModeBits = map[string]uint64{
	"S_ISUID": 0x800,
	"S_ISGID": 0x400,
	"S_ISVTX": 0x200,
}

// Flags of open, openat and pipe2. __O_TMPFILE is the bit that makes
// an O_TMPFILE open (O_TMPFILE adds O_DIRECTORY, whose value differs
// between x86 and arm; the kernel refuses __O_TMPFILE without it, so a
// mask of this bit matches every O_TMPFILE open). O_NOTIFICATION_PIPE
// is O_EXCL given to pipe2.
var openFlags = map[string]uint64{
	"O_CREAT":             0x40,
	"O_EXCL":              0x80,
	"O_NOTIFICATION_PIPE": 0x80,
	"__O_TMPFILE":         0x400000,
}

// Whom setpriority and ioprio_set address, their first argument.
var priorityTargets = map[string]uint64{
	"PRIO_PROCESS":       0,
	"PRIO_PGRP":          1,
	"PRIO_USER":          2,
	"IOPRIO_WHO_PROCESS": 1,
	"IOPRIO_WHO_PGRP":    2,
	"IOPRIO_WHO_USER":    3,
}

// Resources kcmp compares, its third argument.
var kcmpTypes = map[string]uint64{
	"KCMP_FILE":      0,
	"KCMP_VM":        1,
	"KCMP_FILES":     2,
	"KCMP_FS":        3,
	"KCMP_SIGHAND":   4,
	"KCMP_IO":        5,
	"KCMP_SYSVSEM":   6,
	"KCMP_EPOLL_TFD": 7,
}

// Actions of syslog, its first argument.
var syslogActions = map[string]uint64{
	"SYSLOG_ACTION_CLOSE":         0,
	"SYSLOG_ACTION_OPEN":          1,
	"SYSLOG_ACTION_READ":          2,
	"SYSLOG_ACTION_READ_ALL":      3,
	"SYSLOG_ACTION_READ_CLEAR":    4,
	"SYSLOG_ACTION_CLEAR":         5,
	"SYSLOG_ACTION_CONSOLE_OFF":   6,
	"SYSLOG_ACTION_CONSOLE_ON":    7,
	"SYSLOG_ACTION_CONSOLE_LEVEL": 8,
	"SYSLOG_ACTION_SIZE_UNREAD":   9,
	"SYSLOG_ACTION_SIZE_BUFFER":   10,
}

// errnos are the errnos a denial may name after "->", with their
// asm-generic values (mips, alpha, sparc and parisc number them
// otherwise). ENOSYS makes a caller fall back as on a kernel without
// the syscall.
var errnos = map[string]uint64{
	"EPERM":      1,
	"ENOENT":     2,
	"EACCES":     13,
	"EINVAL":     22,
	"ENOSYS":     38,
	"EOPNOTSUPP": 95,
}

// errnoList names the errnos a denial may name, in order of value.
func errnoList() string {
	names := make([]string, 0, len(errnos))
	for name := range errnos {
		names = append(names, name)
	}
	sort.Slice(names, func(i, j int) bool { return errnos[names[i]] < errnos[names[j]] })
	return strings.Join(names, ", ")
}

// constant is a named constant, as policy rules use it.
type constant struct {
	value       uint64
	genericOnly bool
}

// constants indexes constantGroups by name; every AF_ name has a PF_
// twin.
var constants = indexConstants()

func indexConstants() map[string]constant {
	index := make(map[string]constant)
	for _, group := range constantGroups {
		for name, value := range group.values {
			c := constant{value: value, genericOnly: group.genericOnly}
			index[name] = c
			if rest, ok := strings.CutPrefix(name, "AF_"); ok {
				index["PF_"+rest] = c
			}
		}
	}
	return index
}

// systemUsers and systemGroups are the user and group names that rules
// may write as u:NAME and g:NAME. Rendering must not read the host's
// /etc/passwd (it is pure, and the snap's policy must not change with the
// machine that renders it), so only names whose id is the same on every
// distribution are known: root, the overflow id 65534 (nobody, and the
// group Debian calls nogroup), and snap_daemon, the system user snapd
// reserves at a fixed id for snaps. Names such as shadow or audio, whose
// ids differ between distributions, are refused.
var (
	systemUsers = map[string]uint64{
		"root":        0,
		"nobody":      65534,
		"snap_daemon": 584788,
	}
	systemGroups = map[string]uint64{
		"root":        0,
		"nobody":      65534,
		"nogroup":     65534,
		"snap_daemon": 584788,
	}
)
