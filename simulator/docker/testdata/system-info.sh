docker info
docker run -d --name web registry:2
docker run -d --name paused alpine sleep 300
docker pause paused
docker run --name done alpine true
docker info --format '{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}'
docker system info --format '{{.ServerVersion}} {{.Driver}} {{.NCPU}} {{.MemTotal}} {{.OperatingSystem}} {{.Name}}'
docker info --format '{{json .ClientInfo.Version}} {{json .Swarm.LocalNodeState}}'
docker info --format '{{.Nope}}'
echo $?
docker info --format '{{'
echo $?
docker info extra
docker version --format '{{.Server.Version}} {{.Server.KernelVersion}}'
