// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp

// BasePolicy is the allow-list every strictly confined app and hook
// starts from: what any program needs to run, and nothing that changes
// the system beyond the process itself. Interfaces add to it. Names that
// exist only on some architectures (the 32-bit compat calls, arm's
// cacheflush, x86's modify_ldt) are listed once and compiled where they
// exist. Each group of rules says what programs do with it.
//
// Left out on purpose, each to an interface that needs it: loading and
// removing kernel modules, kexec, mount, pivot_root, swap, reboot, bpf,
// perf_event_open, ptrace and process_vm_readv/writev (reading another
// process), kcmp of anything but files, userfaultfd, io_uring (a large
// attack surface that AppArmor does not mediate), open_by_handle_at (it
// bypasses path-based mediation), setting the clock, the host name or
// the domain name, iopl and ioperm, unshare and setns, the kernel
// keyrings (add_key, keyctl, request_key: they are per user, not per
// snap, so a snap could read the keys of the user's other programs),
// chown to owners other than root, setgroups, POSIX message queues,
// sockets of other families and netlink protocols, and listen/accept
// (serving is network-bind's).
//
// Where it differs from the reference's base policy, and why:
//   - Set-id bits are filtered as conditions of the allow rules (the
//     calls fail with EPERM), where the reference denies them with
//     EACCES: an interface whose program must set them (docker-support
//     unpacks image layers that hold passwd and sudo) allows the calls
//     whole, which an explicit denial would forbid.
//   - openat2 and the new mount API fail with ENOSYS, not EPERM: the
//     callers fall back to openat and mount(2) on ENOSYS only.
//   - sched_setattr and ioprio_set are allowed on the caller; the
//     reference leaves them out. Both touch the caller only, as
//     sched_setparam does, and raising a class or priority still takes
//     sys_nice or sys_admin, which AppArmor mediates.
//   - setfsuid and setfsgid are allowed like the other set*id calls;
//     the reference leaves them out. Without setuid or setgid (AppArmor)
//     they can only pick one of the ids the process already has.
//   - mknod makes set-id regular files nowhere; the reference allows a
//     regular file's mknod with any mode.
//   - Sockets: AF_UNIX, AF_INET, AF_INET6 and route netlink only. The
//     reference allows every family but netlink and AF_CONN and leaves
//     them to AppArmor's network rules; here the other families come
//     with the interfaces whose AppArmor rules let them be used
//     (AF_PACKET with network-control, AF_BLUETOOTH with bluez, ...), so
//     that a family with a kernel bug stays shut to a snap that cannot
//     use it anyway.
//   - x32 is not filtered here but in the compiler, as in the reference:
//     its syscalls are killed (see compiler.Compile).
const BasePolicy = `# Base policy: what any program needs.

# Memory: the heap, mappings, locking and NUMA placement of the
# process's own memory, and anonymous files to share it through
# (memfd_secret: memory the kernel itself maps nowhere else, which key
# stores such as OpenSSH's may use; shadow stacks, which glibc 2.39
# maps for programs built with CET).
brk
mmap
mmap2
munmap
mremap
mprotect
madvise
mincore
msync
remap_file_pages
mlock
mlock2
mlockall
munlock
munlockall
membarrier
memfd_create
memfd_secret
pkey_alloc
pkey_free
pkey_mprotect
get_mempolicy
set_mempolicy
mbind

# Files and directories. AppArmor decides which paths; seccomp lets
# the calls through, but for the set-user-id and set-group-id bits: a
# daemon running as root that could write a set-uid root program into
# its data directories (which other users can reach) would hand root to
# anyone who runs it, outside the snap's confinement. So a file is
# created, or its mode changed, only without S_ISUID and S_ISGID: open
# and openat without O_CREAT or O_TMPFILE (the mode is not read then,
# and may hold anything), or with a mode free of those bits. The sticky
# bit (chmod 1777 of a shared directory) is allowed. One thing breaks,
# as it does under the reference: coreutils' "chmod 750" of a directory
# that has the set-group-id bit keeps the bit, so asks for it, and fails
# ("chmod 00750" clears it).
open - &O_CREAT|__O_TMPFILE=0
open - - &S_ISUID|S_ISGID=0
openat - - &O_CREAT|__O_TMPFILE=0
openat - - - &S_ISUID|S_ISGID=0
creat - &S_ISUID|S_ISGID=0
chmod - &S_ISUID|S_ISGID=0
fchmod - &S_ISUID|S_ISGID=0
fchmodat - - &S_ISUID|S_ISGID=0
fchmodat2 - - &S_ISUID|S_ISGID=0

# openat2 takes its flags and mode in a structure that seccomp cannot
# read, so the condition above cannot be put on it. glibc does not call
# it; the programs that do (systemd, and runc through its path-safe
# joins) fall back to openat when it fails with ENOSYS, as on kernels
# before 5.6. The denial is explicit so that no interface re-opens it.
~openat2 -> ENOSYS

# Reading, writing, seeking and looking files up: what AppArmor allows.
close
close_range
read
readv
pread64
preadv
preadv2
write
writev
pwrite64
pwritev
pwritev2
lseek
_llseek
readahead
stat
stat64
lstat
lstat64
fstat
fstat64
newfstatat
fstatat64
statx
statfs
statfs64
fstatfs
fstatfs64
access
faccessat
faccessat2
readlink
readlinkat
getdents
getdents64
getcwd
chdir
fchdir
umask
mkdir
mkdirat
rmdir
unlink
unlinkat
rename
renameat
renameat2
link
linkat
symlink
symlinkat
truncate
truncate64
ftruncate
ftruncate64
fallocate
fadvise64
fadvise64_64
arm_fadvise64_64
utime
utimes
futimesat
utimensat
utimensat_time64
sync
syncfs
fsync
fdatasync
sync_file_range
sync_file_range2
arm_sync_file_range
flock

# Whether a file's pages are cached (cachestat, Linux 6.5: databases and
# page-cache tools), without reading them.
cachestat

# Extended attributes: the kernel keeps the security and trusted
# namespaces to privileged processes.
getxattr
lgetxattr
fgetxattr
listxattr
llistxattr
flistxattr
setxattr
lsetxattr
fsetxattr
removexattr
lremovexattr
fremovexattr

# Named pipes (mkfifo), sockets and empty regular files (mknod of type
# 0 or S_IFREG, as Python's os.mknod makes them), but no device nodes,
# and nothing with a set-id bit: the file type and those bits together
# must be one of these exactly.
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFIFO
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFSOCK
mknod - &S_IFMT|S_ISUID|S_ISGID=S_IFREG
mknod - &S_IFMT|S_ISUID|S_ISGID=0
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFIFO
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFSOCK
mknodat - - &S_IFMT|S_ISUID|S_ISGID=S_IFREG
mknodat - - &S_IFMT|S_ISUID|S_ISGID=0

# File descriptors: duplicating, controlling, moving data between them,
# and waiting on them.
dup
dup2
dup3
fcntl
fcntl64
pipe
pipe2
sendfile
sendfile64
splice
tee
vmsplice
copy_file_range
select
_newselect
pselect6
pselect6_time64
poll
ppoll
ppoll_time64
epoll_create
epoll_create1
epoll_ctl
epoll_wait
epoll_pwait
epoll_pwait2
eventfd
eventfd2
inotify_init
inotify_init1
inotify_add_watch
inotify_rm_watch

# Pipes of the kernel's watch queue (pipe2 with O_NOTIFICATION_PIPE)
# serve key and device notifications that no snap is given, and have
# had an exploited out-of-bounds write (CVE-2022-0995): denied
# explicitly, so that no interface re-opens them.
~pipe2 - |O_NOTIFICATION_PIPE

# Two file descriptors, of this process or of another it may already
# ptrace-read (the kernel checks), refer to the same open file: Mesa and
# systemd compare descriptors so. The other kcmp types compare memory,
# file tables and the like, which this base has no need to see.
kcmp - - KCMP_FILE

# Asynchronous I/O on the process's own files.
io_setup
io_destroy
io_submit
io_cancel
io_getevents
io_pgetevents
io_pgetevents_time64

# Device control goes through ioctl, which AppArmor mediates by the
# device's path. Pushing input into a terminal (TIOCSTI) and pasting a
# console selection (TIOCLINUX) are denied even so: both type commands
# into a shell the snap does not own.
ioctl
~ioctl - TIOCSTI
~ioctl - TIOCLINUX

# Processes and threads: create them, run programs, wait for them and
# exit. futex_waitv and the futex2 calls (futex_wake, futex_wait,
# futex_requeue, Linux 6.7) are what Wine and Proton wait with, and
# glibc and Rust's standard library are moving to. clone3 keeps its flags in memory where seccomp cannot read
# them, so the flags of clone are not filtered either: creating
# namespaces is left to the kernel's own controls.
fork
vfork
clone
clone3
execve
execveat
exit
exit_group
wait4
waitid
waitpid
set_tid_address
set_robust_list
get_robust_list
futex
futex_time64
futex_waitv
futex_wake
futex_wait
futex_requeue
rseq
restart_syscall
set_thread_area
get_thread_area
arch_prctl
map_shadow_stack
cacheflush
set_tls
riscv_flush_icache

# 16-bit and 32-bit segments of the process's own local descriptor
# table (x86): Wine and Proton run Windows programs with them, and
# DOSBox-like emulators too. It changes only this process's view of
# memory; kernels built without it answer ENOSYS.
modify_ldt

# Confine the process under a directory of its own (needs sys_chroot,
# which AppArmor decides): daemons such as chrony, dnsmasq, avahi,
# OpenSSH's privilege separation and Postfix chroot themselves after
# start, and browser sandboxes chroot their renderers.
chroot

# Identity and sessions of the process itself.
getpid
getppid
gettid
getpgid
getpgrp
setpgid
getsid
setsid
getuid
getuid32
geteuid
geteuid32
getgid
getgid32
getegid
getegid32
getresuid
getresuid32
getresgid
getresgid32
getgroups
getgroups32
capget
capset

# Changing user and group ids, to any value: without the setuid and
# setgid capabilities, which AppArmor decides, the kernel lets a
# process only pick among the ids it already has, so a program run by a
# user may drop to its real ids (setresuid(-1, uid, -1), bash at start,
# setpriv --reuid of itself) and a daemon running as root may keep
# root. With the capabilities from an interface, it may change to any
# id, as the interface means it to. The fs ids follow the same rule
# (setfsuid(-1) asks for the current one).
setuid
setuid32
setgid
setgid32
setreuid
setreuid32
setregid
setregid32
setresuid
setresuid32
setresgid
setresgid32
setfsuid
setfsuid32
setfsgid
setfsgid32

# Owners: a daemon running as root gives files to root, as installing
# and unpacking do (install -o root, tar extracting as root), and as
# the files it created already are: without the chown capability, the
# kernel lets a process give a file only to itself, and a group only
# among its own, so root keeps root and a user cannot give a file to
# root. uid and gid apart (-1 leaves one as it is), as chown does.
chown - u:root g:root
chown - u:root -1
chown - -1 g:root
chown32 - u:root g:root
chown32 - u:root -1
chown32 - -1 g:root
lchown - u:root g:root
lchown - u:root -1
lchown - -1 g:root
lchown32 - u:root g:root
lchown32 - u:root -1
lchown32 - -1 g:root
fchown - u:root g:root
fchown - u:root -1
fchown - -1 g:root
fchown32 - u:root g:root
fchown32 - u:root -1
fchown32 - -1 g:root
fchownat - - u:root g:root
fchownat - - u:root -1
fchownat - - -1 g:root

# Scheduling and resource limits. The process's own scheduling
# (pid 0, which is also how glibc's nice(1), ionice and chrt run a
# command): its processor affinity, its parameters, its nice value (not
# below 0: raising a priority needs sys_nice, and the comparison is
# unsigned, so a negative value is refused) and its I/O priority; other
# processes' are process-control's. pthread_setaffinity_np and
# per-thread nice values name a thread by its id, not 0, and fail as
# they do under the reference: seccomp cannot tell the caller's own
# thread ids. sched_setscheduler stays unfiltered, as in the reference
# (pthread_setschedparam names threads by id, and the kernel lets a
# process change only its own user's threads, and raise them only with
# sys_nice). Raising a hard limit needs sys_resource (AppArmor).
sched_yield
sched_getaffinity
sched_setaffinity 0
sched_getparam
sched_setparam 0
sched_getscheduler
sched_setscheduler
sched_getattr
sched_setattr 0
sched_get_priority_max
sched_get_priority_min
sched_rr_get_interval
sched_rr_get_interval_time64
getpriority
setpriority PRIO_PROCESS 0 <=19
nice <=19
ioprio_get
ioprio_set IOPRIO_WHO_PROCESS 0
getrlimit
setrlimit
ugetrlimit
prlimit64
getrusage
times

# The process's own attributes: its name, dumpability, seccomp filters
# and Landlock rules (which only restrict it further), and its
# execution domain.
prctl
personality
seccomp
landlock_create_ruleset
landlock_add_rule
landlock_restrict_self

# Signals. AppArmor decides which processes a signal may reach.
rt_sigaction
rt_sigprocmask
rt_sigreturn
rt_sigsuspend
rt_sigpending
rt_sigtimedwait
rt_sigtimedwait_time64
rt_sigqueueinfo
rt_tgsigqueueinfo
sigaction
sigprocmask
sigreturn
sigsuspend
sigpending
sigaltstack
signalfd
signalfd4
pause
kill
tkill
tgkill
pidfd_open
pidfd_send_signal

# Time: reading the clocks, sleeping and timers. Setting the clock is
# time-control's.
time
gettimeofday
clock_gettime
clock_gettime64
clock_getres
clock_getres_time64
clock_nanosleep
clock_nanosleep_time64
nanosleep
alarm
getitimer
setitimer
timer_create
timer_settime
timer_settime64
timer_gettime
timer_gettime64
timer_getoverrun
timer_delete
timerfd_create
timerfd_settime
timerfd_settime64
timerfd_gettime
timerfd_gettime64

# The system, read-only.
uname
olduname
sysinfo
getcpu
getrandom

# The kernel log, read-only: reading it (dmesg) and its sizes. Reading
# needs syslog (AppArmor: log-observe grants it) where
# kernel.dmesg_restrict is set, as Debian and Ubuntu set it; on a host
# that clears it any process may read the log, as under the reference.
# Clearing the log and changing the console's level are denied
# explicitly, so that no interface re-opens them.
syslog SYSLOG_ACTION_READ
syslog SYSLOG_ACTION_READ_ALL
syslog SYSLOG_ACTION_SIZE_UNREAD
syslog SYSLOG_ACTION_SIZE_BUFFER
~syslog <SYSLOG_ACTION_READ
~syslog SYSLOG_ACTION_READ_CLEAR
~syslog SYSLOG_ACTION_CLEAR
~syslog SYSLOG_ACTION_CONSOLE_OFF
~syslog SYSLOG_ACTION_CONSOLE_ON
~syslog SYSLOG_ACTION_CONSOLE_LEVEL
~syslog >SYSLOG_ACTION_SIZE_BUFFER

# The new mount API (Linux 5.2) fails with ENOSYS, as on older kernels:
# AppArmor 3 mediates mount(2) by its rules but not these steps, and
# libmount (util-linux 2.39 and later) and runc fall back to mount(2)
# on ENOSYS, where an interface's mount rules then apply. The denial is
# explicit so that no interface opens the unmediated path.
~fsopen -> ENOSYS
~fsconfig -> ENOSYS
~fsmount -> ENOSYS
~fspick -> ENOSYS
~move_mount -> ENOSYS
~open_tree -> ENOSYS
~mount_setattr -> ENOSYS

# System V IPC, which many libraries use for shared memory (X11,
# databases); AppArmor 3 does not mediate it. 32-bit x86 programs built
# against a glibc older than Linux 5.1's direct calls reach them through
# the ipc multiplexer, which grants nothing more than the calls below.
ipc
shmget
shmat
shmdt
shmctl
semget
semop
semtimedop
semtimedop_time64
semctl
msgget
msgsnd
msgrcv
msgctl

# Sockets of the common families: local (AF_UNIX), IPv4 and IPv6, and
# netlink for routes and addresses only (getaddrinfo and getifaddrs
# read them; changing them needs CAP_NET_ADMIN). Other families, and
# other netlink protocols, come from interfaces. AppArmor mediates the
# socket types further. bind is here because netlink and UDP clients
# bind too; listen and accept, which make a server, are network-bind's.
socket AF_UNIX
socket AF_INET
socket AF_INET6
socket AF_NETLINK - NETLINK_ROUTE
socketpair AF_UNIX
bind
connect
getsockname
getpeername
getsockopt
setsockopt
shutdown
sendto
sendmsg
sendmmsg
recvfrom
recvmsg
recvmmsg
recvmmsg_time64
`
