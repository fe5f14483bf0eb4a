docker run -it --name box ubuntu bash
ls
cd /tmp && touch x
pwd; echo $HOSTNAME
exit 3
echo $?
docker ps -a --format '{{.Names}} {{.Status}}'
docker start -ai box
ls /tmp
useradd -m app
exit
docker run -dit --name web alpine
docker exec -it web sh
cd /etc && echo hi > /root/note
exit 5
echo $?
docker exec web cat /root/note
docker exec -it web bash
docker exec -it -u nobody -w /tmp web sh
id -un; pwd
exit
docker ps --format '{{.Names}} {{.Status}}'
docker attach web
exit
docker attach web
docker run -it --rm debian
echo $0; exit 0
docker ps -a --format '{{.Names}}'
docker run -i alpine sh
echo no prompt without -t
exit 2
echo $?
docker run -it --rm --name dashy ubuntu sh
echo $0
for i in 1 2
do echo "n=$i"
done
echo 'open
quote'
exit
docker run -dit --name bg alpine
docker exec -it bg sh
i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i
exit
