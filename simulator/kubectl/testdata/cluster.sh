kubectl version
kubectl cluster-info
kubectl config current-context
kubectl config get-contexts
kubectl get nodes -o wide
kubectl get ns
kubectl get pods -A
kubectl get svc -A
kubectl create namespace dev
kubectl config set-context --current --namespace=dev
kubectl get pods
kubectl run nginx --image=nginx --port=80
kubectl expose pod nginx --port=80 --type=NodePort
sleep 10
kubectl get all
kubectl get ep nginx
kubectl get pod nginx --show-labels
kubectl get pod nginx -o yaml
kubectl delete namespace dev
kubectl get ns
