docker
docker foo
echo $?
docker ps --foo
echo $?
docker ps -z
docker ps extra
echo $?
docker ps --format
docker ps -n x
docker run
echo $?
docker pull
docker pull a b
docker images a b
docker container
echo $?
docker container nope
echo $?
docker --bogus
echo $?
docker run -d alpine sleep 30
docker ps --format "{{.Nope}}"
echo $?
docker ps --format "{{nope .ID}}"
echo $?
