// SPDX-License-Identifier: Apache-2.0
// Copyright (C) 2026 The snapiface Authors

package seccomp

// BasePolicy is the allow-list every strictly confined app and hook
// starts from: what any program needs to run, and nothing that changes
// the system beyond the process itself. Interfaces add to it. Names that
// exist only on some architectures (the 32-bit compat calls, arm's
// cacheflush) are listed once and compiled where they exist.
//
// Left out on purpose, each to an interface that needs it: loading and
// removing kernel modules, kexec, mount and the new mount API,
// pivot_root, chroot, swap, reboot, bpf, perf_event_open, ptrace and
// process_vm_readv/writev (reading another process), kcmp, userfaultfd,
// io_uring (a large attack surface that AppArmor does not mediate),
// open_by_handle_at (it bypasses path-based mediation), setting the
// clock, the host name or the domain name, iopl and ioperm, syslog,
// unshare and setns, the kernel keyrings (add_key, keyctl,
// request_key: they are per user, not per snap, so a snap could read
// the keys of the user's other programs), chown and setgroups, POSIX
// message queues, and listen/accept (serving is network-bind's).
const BasePolicy = `# Base policy: what any program needs.

# Memory: the heap, mappings, locking and NUMA placement of the
# process's own memory, and anonymous files to share it through.
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
pkey_alloc
pkey_free
pkey_mprotect
get_mempolicy
set_mempolicy
mbind

# Files and directories. AppArmor decides which paths; seccomp lets
# the calls through.
open
openat
openat2
creat
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
chmod
fchmod
fchmodat
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

# Named pipes, but no device nodes: mknod and mknodat only with the
# FIFO bit of the file type set (no other valid type has that bit).
mknod - |S_IFIFO
mknodat - - |S_IFIFO

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
# exit. clone3 keeps its flags in memory where seccomp cannot read
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
rseq
restart_syscall
set_thread_area
get_thread_area
arch_prctl
cacheflush
set_tls
riscv_flush_icache

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

# Changing user and group ids: a daemon running as root may keep root
# (the kernel already lets any process set the ids it has; changing to
# other ids needs capabilities, which AppArmor mediates). Ids of other
# users come from interfaces, such as the snap_daemon user.
setuid u:root
setuid32 u:root
setgid g:root
setgid32 g:root
setreuid u:root u:root
setreuid32 u:root u:root
setregid g:root g:root
setregid32 g:root g:root
setresuid u:root u:root u:root
setresuid32 u:root u:root u:root
setresgid g:root g:root g:root
setresgid32 g:root g:root g:root
setfsuid u:root
setfsuid32 u:root
setfsgid g:root
setfsgid32 g:root

# Scheduling and resource limits. Raising a priority or a hard limit
# needs a capability, which AppArmor mediates.
sched_yield
sched_getaffinity
sched_setaffinity
sched_getparam
sched_setparam
sched_getscheduler
sched_setscheduler
sched_getattr
sched_setattr
sched_get_priority_max
sched_get_priority_min
sched_rr_get_interval
sched_rr_get_interval_time64
getpriority
setpriority
nice
ioprio_get
ioprio_set
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

# System V IPC, which many libraries use for shared memory (X11,
# databases); AppArmor 3 does not mediate it.
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
