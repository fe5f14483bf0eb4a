docker run --name scratchpad alpine sh -c "echo draft > /root/draft.txt"
docker diff scratchpad
docker rm scratchpad
docker volume create notes
docker run --rm -v notes:/data alpine sh -c "echo 'first note' > /data/notes.txt"
docker run --rm -v notes:/data alpine cat /data/notes.txt
docker volume ls
