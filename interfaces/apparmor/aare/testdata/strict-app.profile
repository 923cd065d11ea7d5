# AppArmor profile of snap.foo.app, rendered by snapiface.
# Snap foo, revision 42, strict confinement.
abi <abi/3.0>,

#include <tunables/global>

# What the rules may refer to: the snap's name and instance name
# (name_key for a parallel install), the app or hook, the revision, the
# tag escaped as a D-Bus object path element, and where snaps are
# mounted.
@{SNAP_NAME}="foo"
@{SNAP_INSTANCE_NAME}="foo"
@{SNAP_COMMAND_NAME}="app"
@{SNAP_REVISION}="42"
@{PROFILE_DBUS}="snap_2efoo_2eapp"
@{INSTALL_DIR}="/snap"

profile "snap.foo.app" flags=(attach_disconnected,mediate_deleted) {
  # The loader, the C library and other libraries of the base snap
  # (mounted at / in the snap's mount namespace), locales and time
  # zones, logging to the journal, and signals, unix sockets and ptrace
  # read within this same profile.
  #include <abstractions/base>

  # The snap's own install tree, read-only. Its programs run under this
  # same profile (ix), so starting them gains nothing.
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/ r,
  @{INSTALL_DIR}/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/@{SNAP_REVISION}/** mrix,

  # The snap's writable data: SNAP_DATA (per revision) and SNAP_COMMON
  # (shared by revisions), then the user's SNAP_USER_DATA and
  # SNAP_USER_COMMON, which only the user's own processes may use.
  # Programs the snap puts there run under this profile too: interpreted
  # and downloaded code is common, and gains nothing by running.
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/ r,
  /var/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/** mrwklix,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/ r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/ r,
  owner @{HOME}/snap/{@{SNAP_NAME},@{SNAP_INSTANCE_NAME}}/{@{SNAP_REVISION},common}/** mrwklix,

  # The per-user runtime directory of the snap (XDG_RUNTIME_DIR), and
  # POSIX shared memory and semaphores whose names start with the
  # snap's: the names of other snaps stay out of reach.
  owner /run/user/@{uid}/snap.@{SNAP_INSTANCE_NAME}/ rw,
  owner /run/user/@{uid}/snap.@{SNAP_INSTANCE_NAME}/** mrwkl,
  /{dev,run}/shm/snap.@{SNAP_INSTANCE_NAME}.** mrwkl,
  /{dev,run}/shm/sem.snap.@{SNAP_INSTANCE_NAME}.** mrwkl,

  # The snap's mount namespace gives it a /tmp of its own, so all of it
  # may be used; nothing there is run: programs a snap makes belong in
  # its data directories, and a writable, executable /tmp is where an
  # attack drops its payload.
  /tmp/ r,
  /tmp/** mrwkl,

  # How snaps run: snap-exec starts the app's command under this
  # profile, and snapctl, which apps and hooks run to read their
  # configuration and talk to snapd, reaches it through the socket
  # snapd keeps for snaps.
  /usr/lib/snapd/snap-exec mr,
  /usr/{bin,lib/snapd}/snapctl ixr,
  /run/snapd-snap.socket rw,

  # Shells and the everyday tools wrapper scripts call, from the base
  # snap. They run under this profile, so they can do nothing the app
  # could not do itself.
  /{,usr/}bin/{bash,dash,sh} ixr,
  /{,usr/}bin/{basename,cat,chmod,cp,cut,date,dirname,echo,env,expr,false,find,getopt,grep,gzip,head,id,ln,ls,mkdir,mktemp,mv,nice,printenv,printf,readlink,realpath,rm,rmdir,sed,seq,sleep,sort,stat,tail,tee,test,timeout,touch,tr,true,uname,uniq,wc,which,xargs} ixr,
  /{,usr/}bin/{,g,m}awk ixr,

  # Name lookups of the user's own ids, terminal descriptions, and what
  # the system is: the snap's mount namespace shows the host's /etc.
  /etc/{group,nsswitch.conf,passwd} r,
  /etc/{lsb-release,os-release} r,
  /{etc,usr/share}/terminfo/** r,

  # The devices every program may open: the data sinks and sources, the
  # randomness sources, the controlling terminal, and pseudo-terminals:
  # the ones the user owns and new ones, which are the opener's own.
  /dev/null rw,
  /dev/zero rw,
  /dev/full rw,
  /dev/random r,
  /dev/urandom r,
  /dev/tty rw,
  owner /dev/pts/[0-9]* rw,
  /dev/{,pts/}ptmx rw,

  # The app's own entries under /proc: owner keeps them to the user's
  # processes, and the kernel wants ptrace read on the process for the
  # sensitive ones (maps, environ, fd), which the rule below allows only
  # within this snap. Naming its threads writes their comm; a process
  # may make itself likelier to be killed when memory runs out.
  owner @{PROC}/@{pid}/ r,
  owner @{PROC}/@{pid}/{auxv,cgroup,cmdline,comm,environ,io,limits,loginuid,maps,mountinfo,mounts,sched,schedstat,sessionid,smaps,stat,statm,status,wchan} r,
  owner @{PROC}/@{pid}/{fd,fdinfo,task}/ r,
  owner @{PROC}/@{pid}/fdinfo/[0-9]* r,
  owner @{PROC}/@{pid}/task/@{tid}/ r,
  owner @{PROC}/@{pid}/task/@{tid}/{comm,stat,status} r,
  owner @{PROC}/@{pid}/{,task/@{tid}/}comm w,
  owner @{PROC}/@{pid}/oom_score_adj rw,

  # System-wide facts programs routinely read to size themselves.
  @{PROC}/{loadavg,uptime,version} r,
  @{PROC}/sys/kernel/{hostname,osrelease,ostype,pid_max} r,
  @{PROC}/sys/kernel/random/{boot_id,uuid} r,
  @{sys}/kernel/mm/transparent_hugepage/{enabled,hpage_pmd_size} r,

  # The snap's apps and hooks work together: they may signal and inspect
  # each other, and talk over unix sockets, abstract ones included when
  # named in the snap's own namespace. Nothing outside the snap.
  signal (send, receive) peer=snap.@{SNAP_INSTANCE_NAME}.*,
  ptrace (read) peer=snap.@{SNAP_INSTANCE_NAME}.*,
  unix peer=(label=snap.@{SNAP_INSTANCE_NAME}.*),
  unix (bind, listen, accept) addr="@snap.@{SNAP_INSTANCE_NAME}.**",

  # Never, whatever an interface grants: an explicit deny wins over any
  # allow, so it is kept to what no interface may need: the password and
  # group password hashes, their backups and old password hashes. Other
  # snaps' data, the user's files and the system's are not denied, only
  # not allowed: home, personal-files, system-files and content exist
  # to grant parts of them. In devmode these denials still hold.
  deny /etc/{,g}shadow{,-} mrwklx,
  deny /etc/security/opasswd mrwklx,

  # Rules from interface "fake-network".
  # Description: reach the network (a fake interface for tests).
  network inet stream,
  network inet6 stream,

  # Name resolution.
  /etc/resolv.conf r,

  /etc/hosts r,

  # Rules from interface "fake-observe".
  # Description: observe the system's processes (fake).
  @{PROC}/ r,
  @{PROC}/[0-9]*/stat r,
  ptrace (read),

  # Interfaces asked that ptrace trace be denied explicitly, to keep
  # the audit log quiet, and none of this profile's interfaces uses it.
  deny ptrace (trace),
}
